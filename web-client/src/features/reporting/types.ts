import type { ReportingPeriodStatus, ReportStatus, Timeliness } from '@/components/reporting-tags';

/**
 * The shapes of the reporting API (../openapi.yaml, issue 4) as these screens read them. Fields are
 * optional as in the generated types, so the generated ones can be handed in as they are.
 */
export type RegimeCode = 'semi_annual' | 'annual';
export type ReporterKind = 'organization' | 'district';

export interface Regime {
  code?: RegimeCode | string;
  name?: string;
  windowStartMonth?: number;
  windowStartDay?: number;
  windowEndMonth?: number;
  windowEndDay?: number;
  opensMonth?: number;
  opensDay?: number;
  dueMonth?: number;
  dueDay?: number;
  version?: number;
}

export interface ReportingPeriod {
  id?: number;
  regime?: RegimeCode | string;
  regimeName?: string;
  year?: number;
  name?: string;
  windowStart?: string;
  windowEnd?: string;
  opensOn?: string;
  dueDate?: string;
  status?: ReportingPeriodStatus | string;
  openedAt?: string;
  openedBy?: string;
  closedAt?: string;
  closedBy?: string;
  reportCount?: number;
  submittedCount?: number;
  version?: number;
}

export interface ReportingPeriodPage {
  items?: ReportingPeriod[];
  page?: number;
  size?: number;
  total?: number;
}

export interface CreateReportingPeriodBody {
  regime: string;
  year: number;
  name?: string;
  windowStart?: string;
  windowEnd?: string;
  opensOn?: string;
  dueDate?: string;
}

export interface Counts {
  expected?: number;
  submitted?: number;
  onTime?: number;
  late?: number;
  overdue?: number;
  pending?: number;
  returned?: number;
  accepted?: number;
  excused?: number;
  submittedRate?: number;
}

export interface CountsGroup {
  key?: string;
  label?: string;
  counts?: Counts;
}

export interface CompletenessRow {
  reportId?: number;
  reporterKind?: ReporterKind | string;
  reporterId?: number;
  reporterName?: string;
  organizationKind?: string | null;
  status?: ReportStatus | string;
  timeliness?: Timeliness | string;
  daysLate?: number;
  excused?: boolean;
  excuseReason?: string | null;
  rosterSource?: string;
  firstSubmittedAt?: string | null;
  lastSubmittedAt?: string | null;
  acceptedAt?: string | null;
  /** The report's version, when the API gives it: excuse and reinstate send it in If-Match. */
  version?: number;
}

export interface Completeness {
  period?: ReportingPeriod;
  asOf?: string;
  totals?: Counts;
  byReporterKind?: CountsGroup[];
  byDistrict?: CountsGroup[];
  byOrganizationKind?: CountsGroup[];
  reporters?: CompletenessRow[];
}

/** One line of support figures; `filter` lists exactly the support records it sums. */
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

export interface Figures {
  total?: FigureLine;
  byArea?: FigureLine[];
  byCategory?: FigureLine[];
  byDistrict?: FigureLine[];
  byCommune?: FigureLine[];
  byForm?: FigureLine[];
  byFundingSource?: FigureLine[];
  byPartnerKind?: FigureLine[];
  byOrganization?: FigureLine[];
}

export interface NarrativeEntry {
  reportId?: number;
  reporterName?: string;
  text?: string;
}

export interface DistrictThemes {
  districtId?: number | null;
  districtName?: string | null;
  themes?: { theme?: string; items?: NarrativeEntry[] }[];
}

export interface Summary {
  period?: ReportingPeriod;
  generatedAt?: string;
  figures?: Figures;
  planVsActual?: { plannedVnd?: number; actualVnd?: number; plans?: number; [key: string]: unknown };
  completeness?: {
    totals?: Counts;
    late?: { reportId?: number; reporterName?: string; daysLate?: number }[];
    missing?: { reportId?: number; reporterName?: string; timeliness?: string; daysLate?: number }[];
  };
  results?: NarrativeEntry[];
  difficulties?: DistrictThemes[];
  recommendations?: DistrictThemes[];
}

/** A report as the period's reports tab lists it (the API's ReportListItem). */
export interface PeriodReport {
  id?: number;
  reporterKind?: string;
  reporter?: { id?: number; code?: string; name?: string };
  status?: string;
  timeliness?: string;
  daysLate?: number;
  excused?: boolean;
  submissionCount?: number;
  firstSubmittedAt?: string | null;
  lastSubmittedAt?: string | null;
  version?: number;
}

export interface PeriodReportPage {
  items?: PeriodReport[];
  page?: number;
  size?: number;
  total?: number;
}

/** What `POST /reporting-periods/{id}/reminders` did. */
export interface RemindersResult {
  notifications?: number;
  emails?: number;
}

/** The optional fields of the DOCX/XLSX summary and the công văn. */
export interface DocumentOptions {
  number?: string;
  date?: string;
  signerName?: string;
  signerTitle?: string;
}
