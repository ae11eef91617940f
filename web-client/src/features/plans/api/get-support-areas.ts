import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { lookupKeys } from './query-keys';

/** The three support areas of task 1b, in their official order and Vietnamese names. */
export function useSupportAreas() {
  const api = useApi();
  return useQuery({
    queryKey: lookupKeys.supportAreas,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/support-categories/areas', { signal })),
    staleTime: 10 * 60_000,
  });
}
