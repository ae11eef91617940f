import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { catalogKeys, type OrganizationQuery } from './query-keys';

/** One page of partner organisations; `q` matches with or without diacritics (server-side). */
export function useOrganizations(query: OrganizationQuery) {
  const api = useApi();
  return useQuery({
    queryKey: catalogKeys.organizations.list(query),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/organizations', {
          params: { query: { ...query, q: query.q || undefined, sort: 'name' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
