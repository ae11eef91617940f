import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { reportingKeys } from './query-keys';

/** The mountainous (receiving) districts, for adding one to a roster. */
export function useDistricts(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: reportingKeys.districts(),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/admin-units', {
          params: { query: { level: 'district', terrain: 'mountainous', size: 100, sort: 'name' } },
          signal,
        }),
      ),
    select: (page) => page.items ?? [],
    staleTime: 5 * 60_000,
    enabled,
  });
}
