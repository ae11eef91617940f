import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { supportKeys } from './query-keys';

/** One administrative unit, to name the commune a list is narrowed to. */
export function useAdminUnit(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: supportKeys.adminUnit(id ?? 0),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admin-units/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
  });
}
