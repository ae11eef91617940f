import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { lookupKeys } from './query-keys';

/** The districts that receive twinning (the province has nine mountainous ones). */
export function useMountainousDistricts({ enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery({
    queryKey: lookupKeys.mountainousDistricts,
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
