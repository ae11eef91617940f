import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { coverageKeys } from './query-keys';

/** Programme periods for the filter, newest first. */
export function usePeriods() {
  const api = useApi();
  return useQuery({
    queryKey: coverageKeys.periods(),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/periods', { params: { query: { size: 100, sort: '-startYear' } }, signal })),
    select: (page) => page.items ?? [],
    staleTime: 5 * 60_000,
  });
}

/** The mountainous districts, for the district filter of province roles. */
export function useDistricts(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: coverageKeys.districts(),
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
