import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { joiningKeys } from './query-keys';

/** Programme periods, newest first. */
export function usePeriods() {
  const api = useApi();
  return useQuery({
    queryKey: joiningKeys.periods(),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/periods', { params: { query: { size: 100, sort: '-startYear' } }, signal })),
    select: (page) => page.items ?? [],
    staleTime: 5 * 60_000,
  });
}
