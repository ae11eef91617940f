import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { lookupKeys } from './query-keys';

/**
 * Partner organisations matching what the user typed (the server ignores diacritics). There are
 * a few hundred, so they are searched rather than listed. A new agreement needs an active one; the
 * list filter also finds those that stopped taking part, since their agreements remain.
 */
export function useOrganizationSearch(
  q: string,
  { activeOnly = false, enabled = true }: { activeOnly?: boolean; enabled?: boolean } = {},
) {
  const api = useApi();
  return useQuery({
    queryKey: lookupKeys.organizations(q, activeOnly),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/organizations', {
          params: { query: { q: q || undefined, active: activeOnly || undefined, size: 20, sort: 'name' } },
          signal,
        }),
      ),
    select: (page) => page.items ?? [],
    placeholderData: keepPreviousData,
    enabled,
  });
}
