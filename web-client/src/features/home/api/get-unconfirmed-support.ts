import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { homeKeys } from './query-keys';

/** Support recorded but not yet confirmed by the receiving district, longest waiting first. */
export function useUnconfirmedSupport(size = 5) {
  const api = useApi();
  return useQuery({
    queryKey: [...homeKeys.unconfirmedSupport, size],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/support-records', {
          params: { query: { status: 'recorded', size, sort: 'supportDate' } },
          signal,
        }),
      ),
  });
}
