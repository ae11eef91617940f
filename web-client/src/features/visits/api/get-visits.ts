import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import type { VisitQuery } from '../filters';
import { visitKeys } from './query-keys';

export function useVisits(query: VisitQuery) {
  const api = useApi();
  return useQuery({
    queryKey: visitKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/monitoring-visits', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
