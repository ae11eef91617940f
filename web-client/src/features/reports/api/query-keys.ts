import type { ReportQuery } from '../filters';

/**
 * Query keys of the report screens. They start with the API resource, so a step that invalidates
 * `['reports']` also refreshes the home page's lists and the province's period screens keyed under
 * `['reporting-periods']` (invalidated too, as a step changes a period's counts).
 */
export const reportKeys = {
  all: ['reports'] as const,
  list: (query: ReportQuery) => ['reports', 'list', query] as const,
  detail: (id: number) => ['reports', 'detail', id] as const,
  changes: (id: number, from?: number, to?: number) => ['reports', 'detail', id, 'changes', from, to] as const,
  periods: ['reporting-periods', 'reports-lookup'] as const,
  districts: () => ['reports', 'lookup', 'districts'] as const,
} as const;

export const periodsKey = ['reporting-periods'] as const;
