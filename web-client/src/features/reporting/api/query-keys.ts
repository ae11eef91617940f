/**
 * Query keys of the province's reporting screens. Everything about a period starts with
 * `['reporting-periods']`, so a step on a report (which the reports feature invalidates under that
 * prefix too) refreshes the period's counts, completeness and summary.
 */
export const reportingKeys = {
  all: ['reporting-periods'] as const,
  list: (query: object) => ['reporting-periods', 'list', query] as const,
  detail: (id: number) => ['reporting-periods', 'detail', id] as const,
  completeness: (id: number) => ['reporting-periods', 'detail', id, 'completeness'] as const,
  summary: (id: number) => ['reporting-periods', 'detail', id, 'summary'] as const,
  reports: (query: object) => ['reports', 'period-list', query] as const,
  regimes: ['reporting-regimes'] as const,
  notifications: ['notifications'] as const,
  districts: () => ['reporting', 'lookup', 'districts'] as const,
  organizations: () => ['reporting', 'lookup', 'organizations'] as const,
} as const;

export const reportsKey = ['reports'] as const;
