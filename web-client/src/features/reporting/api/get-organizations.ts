import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { reportingKeys } from './query-keys';

/** Partner organisations, for adding one to a roster (a few dozen: one page). */
export function useOrganizations(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: reportingKeys.organizations(),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/organizations', { params: { query: { size: 100, sort: 'name' } }, signal })),
    select: (page) => page.items ?? [],
    staleTime: 5 * 60_000,
    enabled,
  });
}
