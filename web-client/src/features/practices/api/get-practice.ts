import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { practiceKeys } from './query-keys';

/** One practice with its files and whether the caller may edit it. */
export function usePractice(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: practiceKeys.detail(id ?? 0),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/practices/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
  });
}
