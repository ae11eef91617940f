import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { reportingKeys } from './query-keys';

export function useReportingPeriod(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: reportingKeys.detail(id ?? 0),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/reporting-periods/{id}', { params: { path: { id: id ?? 0 } }, signal }),
      ),
    enabled: id !== undefined,
  });
}
