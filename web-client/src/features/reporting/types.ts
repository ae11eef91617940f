import type { Schemas } from '@/lib/api/client';

/** The reporting API's shapes (../openapi.yaml), under the names these screens use. */
export type Regime = Schemas['ReportingRegime'];
export type ReportingPeriod = Schemas['ReportingPeriod'];
export type ReportingPeriodPage = Schemas['PageReportingPeriodView'];
export type CreateReportingPeriodBody = Schemas['ReportingPeriodRequest'];
export type UpdateReportingPeriodBody = Schemas['ReportingPeriodUpdate'];
export type UpdateRegimeBody = Schemas['ReportingRegimeUpdate'];
export type Counts = Schemas['CompletenessCounts'];
export type CountsGroup = Schemas['CompletenessGroup'];
export type CompletenessRow = Schemas['CompletenessRow'];
export type Completeness = Schemas['Completeness'];
export type Figures = Schemas['Figures'];
export type NarrativeEntry = Schemas['ReporterText'];
export type DistrictThemes = Schemas['DistrictThemes'];
export type Summary = Schemas['SummaryView'];
export type PeriodReport = Schemas['ReportListItem'];
export type PeriodReportPage = Schemas['PageReportListItem'];
export type RemindersResult = Schemas['ReminderRun'];

/** The optional fields of the DOCX/XLSX summary and the công văn. */
export interface DocumentOptions {
  number?: string;
  date?: string;
  signerName?: string;
  signerTitle?: string;
}
