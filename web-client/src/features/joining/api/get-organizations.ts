import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { joiningKeys } from './query-keys';

/** Partner organisations to invite or register for (one page of 100 covers a province). */
export function useOrganizations(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: joiningKeys.organizations(),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/organizations', { params: { query: { size: 100, sort: 'name' } }, signal })),
    select: (page) => page.items ?? [],
    staleTime: 5 * 60_000,
    enabled,
  });
}
