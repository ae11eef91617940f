import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { reportKeys } from './query-keys';

/** One report with its figures, narrative, steps, versions, attachments and the caller's `actions`. */
export function useReport(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.detail(id ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/reports/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
  });
}
