import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { lookupKeys } from './query-keys';

/** One organisation, to name the one chosen in a filter when it is not among the search results. */
export function useOrganization(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: lookupKeys.organization(id ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
  });
}
