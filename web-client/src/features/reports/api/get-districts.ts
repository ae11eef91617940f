import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { reportKeys } from './query-keys';

/** The mountainous districts a difficulty or recommendation may concern. */
export function useDistricts(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.districts(),
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
