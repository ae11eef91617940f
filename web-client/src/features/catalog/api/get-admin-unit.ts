import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { catalogKeys } from './query-keys';

/** One unit with its flags in every period and its version, as an edit form needs it. */
export function useAdminUnit(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: catalogKeys.adminUnits.detail(id ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/admin-units/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
  });
}
