import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { supportKeys } from './query-keys';

/**
 * Partner organisations for the filter. One page of 100 covers the province's partners (a few
 * dozen); retired ones stay because their past support is still listed.
 */
export function useOrganizations(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: supportKeys.organizations(),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/organizations', { params: { query: { size: 100, sort: 'name' } }, signal })),
    select: (page) => page.items ?? [],
    staleTime: 5 * 60_000,
    enabled,
  });
}
