import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { homeKeys } from './query-keys';

/** Open or in-progress action points past their due date, soonest due first. */
export function useOverdueActionPoints(size = 5) {
  const api = useApi();
  return useQuery({
    queryKey: [...homeKeys.overdueActionPoints, size],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/action-points', { params: { query: { overdue: true, size } }, signal })),
  });
}
