import type { Schemas } from '@/lib/api/client';

/** The reports API's shapes (../openapi.yaml), under the names these screens use. */
export type PeriodRef = Schemas['ReportPeriodRef'];
export type ReportListItem = Schemas['ReportListItem'];
export type ReportPage = Schemas['PageReportListItem'];
export type Report = Schemas['Report'];
export type NarrativeItem = Schemas['ReportNarrativeItemView'];
export type NarrativeInput = Schemas['ReportNarrativeItem'];
export type ReportBody = Schemas['ReportNarrative'];
export type FigureLine = Schemas['Line'];
export type PlanVsActualRow = Schemas['PlanVsActual'];
export type ReportFigures = Schemas['ReportFigures'];
export type ReportVersionRef = Schemas['ReportVersionSummary'];
export type ReportStep = Schemas['ReportStep'];
export type Attachment = Schemas['Attachment'];
export type ReportChange = Schemas['ReportChange'];
export type ReportChanges = Schemas['ReportChanges'];

/** What the API lists in a report's `actions`: the steps this caller may take now. */
export type ReportAction = 'edit' | 'submit' | 'return' | 'accept' | 'excuse' | 'reinstate' | 'attach';
export const THEMES = ['spiritual', 'material', 'production', 'coordination', 'other'] as const;
export type Theme = (typeof THEMES)[number];
