import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { reportKeys } from './query-keys';

/** Reporting periods for the filter, newest first; a handful a year. */
export function useReportingPeriods() {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.periods,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/reporting-periods', { params: { query: { size: 100 } }, signal })),
    select: (page) => page.items ?? [],
    staleTime: 5 * 60_000,
  });
}
