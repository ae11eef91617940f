import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import type { ActionPointQuery } from '../filters';
import { visitKeys } from './query-keys';

/** Action points across visits, soonest due first; `overdue: true` gives the late ones. */
export function useActionPoints(query: ActionPointQuery) {
  const api = useApi();
  return useQuery({
    queryKey: visitKeys.actionPoints.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/action-points', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
