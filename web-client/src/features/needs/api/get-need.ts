import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { needKeys } from './query-keys';

/** One need with its pledges and deliveries, read afresh so its buttons send the current version. */
export function useNeed(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: needKeys.detail(id ?? 0),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/needs/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
  });
}
