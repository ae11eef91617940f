import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { visitKeys } from './query-keys';

/** A visit with its action points, each carrying the version its steps send in If-Match. */
export function useVisit(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: visitKeys.detail(id ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/monitoring-visits/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
  });
}
