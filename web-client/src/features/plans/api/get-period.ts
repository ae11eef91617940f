import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { lookupKeys } from './query-keys';

/** The agreement's programme period, for the years an annual programme may cover. */
export function usePeriod(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: lookupKeys.period(id ?? 0),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/periods/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
  });
}
