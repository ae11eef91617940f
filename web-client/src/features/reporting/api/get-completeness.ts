import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { reportingKeys } from './query-keys';

/** Who was expected to report, who did, on time or late, and who is overdue: the follow-up worklist. */
export function useCompleteness(periodId: number, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: reportingKeys.completeness(periodId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/reporting-periods/{id}/completeness', { params: { path: { id: periodId } }, signal }),
      ),
    enabled,
  });
}
