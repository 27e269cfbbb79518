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
export type FieldError = Schemas['FieldError'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type Organisation = Schemas['Organisation'];
export type OrganisationInput = Schemas['OrganisationInput'];
export type Person = Schemas['Person'];
export type PersonInput = Schemas['PersonInput'];
export type PersonRef = Schemas['PersonRef'];
export type Assignment = Schemas['Assignment'];
export type AssignmentKind = Schemas['AssignmentKind'];
export type SubProject = Schemas['SubProject'];
export type SubProjectInput = Schemas['SubProjectInput'];
export type SupportScheme = Schemas['SupportScheme'];
export type ProjectInput = Schemas['ProjectInput'];
export type ProjectHealth = Schemas['ProjectHealth'];
export type Flag = Schemas['Flag'];
