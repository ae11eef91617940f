import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import type { NeedQuery } from '../filters';
import { needKeys } from './query-keys';

export function useNeeds(query: NeedQuery) {
  const api = useApi();
  return useQuery({
    queryKey: needKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/needs', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
