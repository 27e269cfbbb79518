import type { components } from '@/api/schema';

type S = components['schemas'];

export type Sheet = S['Sheet'];
export type SheetSummary = S['SheetSummary'];
export type SheetContent = S['SheetContent'];
export type SheetType = S['SheetType'];
export type SheetStatus = S['SheetStatus'];
export type SheetAction = S['SheetAction'];
export type SheetReview = S['SheetReview'];
export type SheetRevisionSummary = S['SheetRevisionSummary'];
export type ProgressContent = S['ProgressContent'];
export type Milestone = S['Milestone'];
export type MilestoneStatus = S['MilestoneStatus'];
export type Kpi = S['Kpi'];
export type OpinionContent = S['OpinionContent'];
export type Assessment = S['Assessment'];
export type IssueContent = S['IssueContent'];
export type Issue = S['Issue'];
export type IssueCategory = S['IssueCategory'];
export type IssueStatus = S['IssueStatus'];
export type ExpenseContent = S['ExpenseContent'];
export type ExpenseRow = S['ExpenseRow'];
export type FundingType = S['FundingType'];
export type ReportTask = S['ReportTask'];
export type ReportSchedule = S['ReportSchedule'];
export type ReportScheduleInput = S['ReportScheduleInput'];
export type Notification = S['Notification'];

export const SHEET_TYPES = ['PROGRESS', 'OPINION', 'ISSUE', 'EXPENSE'] as const;
export const SHEET_STATUSES = [
  'NOT_STARTED',
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'RESUBMITTED',
  'ACCEPTED',
] as const;
export const MILESTONE_STATUSES = ['ON_TRACK', 'DELAYED', 'ACTION_NEEDED'] as const;
export const ASSESSMENTS = ['ON_TRACK', 'MOSTLY_ON_TRACK', 'AT_RISK', 'BEHIND'] as const;
export const ISSUE_CATEGORIES = [
  'LAW',
  'REGULATION',
  'SYSTEM',
  'BUDGET',
  'TECHNOLOGY',
  'CONSENSUS',
  'HUMAN_RESOURCES',
  'OTHER',
] as const;
export const ISSUE_STATUSES = [
  'NOT_STARTED',
  'COORDINATING',
  'RESOLVED',
  'REGULATORY_REFORM_REQUEST',
  'WITHDRAWN',
] as const;
export const FUNDING_TYPES = [
  'GRANT',
  'SUBSIDY',
  'COMMISSION',
  'OWN_FUNDS',
  'PRIVATE_FUNDS',
  'OTHER',
] as const;

/** Section names the API accepts for comments, per sheet type (`general` first). */
export const SECTIONS: Record<SheetType, readonly string[]> = {
  PROGRESS: ['general', 'results', 'milestones', 'kpis', 'nextPlan'],
  OPINION: ['general', 'assessment', 'findings', 'advice', 'supportNeeded', 'followUpRequired'],
  ISSUE: ['general', 'issues'],
  EXPENSE: ['general', 'rows'],
};

/** The content key of a sheet type inside SheetContent. */
export const CONTENT_KEY = {
  PROGRESS: 'progress',
  OPINION: 'opinion',
  ISSUE: 'issue',
  EXPENSE: 'expense',
} as const satisfies Record<SheetType, keyof SheetContent>;
