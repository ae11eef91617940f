import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { lookupKeys } from './query-keys';

/** The communes of one district; nothing is asked until a district is chosen. */
export function useCommunes(districtId: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: lookupKeys.communes(districtId ?? 0),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/admin-units', {
          params: { query: { parentId: districtId, level: 'commune', size: 100, sort: 'name' } },
          signal,
        }),
      ),
    select: (page) => page.items ?? [],
    staleTime: 5 * 60_000,
    enabled: districtId !== undefined,
  });
}
