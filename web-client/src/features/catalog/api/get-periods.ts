import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { catalogKeys } from './query-keys';

/** All programme periods, oldest first. There are a handful (one per five years), so one page. */
export function usePeriods() {
  const api = useApi();
  return useQuery({
    queryKey: catalogKeys.periods.list(),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/periods', { params: { query: { size: 100, sort: 'startYear' } }, signal })),
    select: (page) => page.items ?? [],
  });
}
