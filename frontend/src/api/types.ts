import type { components } from './schema';

type Schemas = components['schemas'];

export type Me = Schemas['Me'];
export type OrganisationRef = Schemas['OrganisationRef'];
export type OrganisationKind = Schemas['OrganisationKind'];
export type ProjectSummary = Schemas['ProjectSummary'];
export type ProjectDetail = Schemas['ProjectDetail'];
export type ProjectPage = Schemas['ProjectPage'];
export type Technology = Schemas['Technology'];
export type ProjectStatus = Schemas['ProjectStatus'];
export type ImplementationStage = Schemas['ImplementationStage'];
export type Problem = Schemas['Problem'];
