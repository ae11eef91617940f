import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import type { ReportQuery } from '../filters';
import { reportKeys } from './query-keys';

/** Reports in the caller's scope: a unit's or district's own, the province's all. */
export function useReports(query: ReportQuery) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.list(query),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/reports', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
