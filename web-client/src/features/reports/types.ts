import type { ReportingPeriodStatus, ReportStatus, Timeliness } from '@/components/reporting-tags';

/**
 * The shapes of the reports API (../openapi.yaml, issue 4) as these screens read them. Fields are
 * optional as in the generated types, so the generated ones can be handed in as they are.
 */
export type ReportAction = 'edit' | 'submit' | 'return' | 'accept' | 'excuse' | 'reinstate' | 'attach';
export const THEMES = ['spiritual', 'material', 'production', 'coordination', 'other'] as const;
export type Theme = (typeof THEMES)[number];

export interface PeriodRef {
  id?: number;
  name?: string;
  year?: number;
  regime?: string;
  dueDate?: string;
  windowStart?: string;
  windowEnd?: string;
  status?: ReportingPeriodStatus | string;
}

export interface ReportListItem {
  id?: number;
  period?: PeriodRef;
  reporterKind?: 'organization' | 'district' | string;
  reporter?: { id?: number; code?: string | null; name?: string };
  status?: ReportStatus | string;
  timeliness?: Timeliness | string;
  daysLate?: number;
  excused?: boolean;
  rosterSource?: string;
  submissionCount?: number;
  firstSubmittedAt?: string | null;
  lastSubmittedAt?: string | null;
  acceptedAt?: string | null;
  returnReason?: string | null;
  updatedAt?: string;
  version?: number;
}

export interface ReportPage {
  items?: ReportListItem[];
  page?: number;
  size?: number;
  total?: number;
}

export interface NarrativeItem {
  theme?: Theme | string;
  districtId?: number | null;
  districtName?: string | null;
  text?: string;
}

export interface FigureLine {
  key?: string;
  label?: string;
  parentKey?: string | null;
  valueVnd?: number;
  confirmedVnd?: number;
  records?: number;
  households?: number;
  people?: number;
  students?: number;
  filter?: Record<string, string>;
}

export interface PlanVsActualRow {
  agreementId?: number;
  partnerName?: string;
  recipientName?: string;
  planId?: number | null;
  planStatus?: string | null;
  plannedVnd?: number;
  actualVnd?: number;
}

export interface ReportFigures {
  from?: string;
  to?: string;
  live?: boolean;
  total?: FigureLine;
  byArea?: FigureLine[];
  byCategory?: FigureLine[];
  byCommune?: FigureLine[];
  byDistrict?: FigureLine[];
  byForm?: FigureLine[];
  byFundingSource?: FigureLine[];
  byOrganization?: FigureLine[];
  planVsActual?: PlanVsActualRow[];
}

export interface ReportVersionRef {
  number?: number;
  submittedAt?: string;
  submittedBy?: string;
  submittedByName?: string | null;
}

export interface ReportStep {
  action?: string;
  fromStatus?: string | null;
  toStatus?: string;
  versionNumber?: number | null;
  comment?: string | null;
  actor?: string;
  actorName?: string | null;
  at?: string;
}

export interface Attachment {
  id?: number;
  fileName?: string;
  mediaType?: string;
  sizeBytes?: number;
  sha256?: string;
  uploadedAt?: string;
  uploadedBy?: string;
}

export interface Report extends ReportListItem {
  results?: string | null;
  difficulties?: NarrativeItem[];
  recommendations?: NarrativeItem[];
  addedReason?: string | null;
  excuseReason?: string | null;
  figures?: ReportFigures;
  versions?: ReportVersionRef[];
  steps?: ReportStep[];
  attachments?: Attachment[];
  actions?: (ReportAction | string)[];
}

export interface NarrativeInput {
  theme: string;
  districtId?: number;
  text: string;
}

export interface ReportBody {
  results?: string;
  difficulties: NarrativeInput[];
  recommendations: NarrativeInput[];
}

export interface ReportChange {
  path?: string;
  before?: unknown;
  after?: unknown;
}

export interface ReportChanges {
  fromVersion?: number | null;
  toVersion?: number | null;
  changes?: ReportChange[];
}
