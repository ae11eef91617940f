import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { homeKeys } from './query-keys';

/** A report of the unit's or district's own, as the home page lists it. */
export interface ReportToSubmit {
  id?: number;
  period?: { id?: number; name?: string; dueDate?: string; status?: string };
  status?: string;
  timeliness?: string;
  daysLate?: number;
  excused?: boolean;
  returnReason?: string | null;
}

/** Drafting or returned, in an open period, not excused: what the reporter still has to submit; soonest due first. */
export function reportsToSubmit(items: readonly ReportToSubmit[]): ReportToSubmit[] {
  return items
    .filter(
      (report) =>
        (report.status === 'draft' || report.status === 'returned') && report.period?.status === 'open' && !report.excused,
    )
    .sort((a, b) => (a.period?.dueDate ?? '').localeCompare(b.period?.dueDate ?? ''));
}

/** The caller's own reports (a unit or district has one per period: a page of 100 is years of them). */
export function useReportsToSubmit(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: homeKeys.reportsToSubmit,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/reports', { params: { query: { size: 100 } }, signal })),
    select: (page) => reportsToSubmit(page.items ?? []),
    enabled,
  });
}
