import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { reportKeys } from './query-keys';

/** What changed between two submissions; by default the previous one and the latest. */
export function useReportChanges(id: number, enabled: boolean, from?: number, to?: number) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.changes(id, from, to),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/reports/{id}/changes', { params: { path: { id }, query: { from, to } }, signal }),
      ),
    enabled,
  });
}
