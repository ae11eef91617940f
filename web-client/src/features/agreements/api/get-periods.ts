import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { lookupKeys } from './query-keys';

/** The programme periods to choose from, newest first: new agreements belong to the latest. */
export function usePeriodOptions() {
  const api = useApi();
  return useQuery({
    queryKey: lookupKeys.periods,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/periods', { params: { query: { size: 100, sort: '-startYear' } }, signal })),
    select: (page) => page.items ?? [],
    staleTime: 5 * 60_000,
  });
}
