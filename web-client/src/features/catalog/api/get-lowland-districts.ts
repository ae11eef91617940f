import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { catalogKeys } from './query-keys';

/** The districts a `lowland_district` partner organisation can stand for (a province has ~10). */
export function useLowlandDistricts(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: catalogKeys.adminUnits.lowlandDistricts(),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/admin-units', {
          params: { query: { level: 'district', terrain: 'lowland', size: 100, sort: 'name' } },
          signal,
        }),
      ),
    select: (page) => page.items ?? [],
    enabled,
  });
}
