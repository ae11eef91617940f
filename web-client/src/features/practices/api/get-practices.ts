import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import type { PracticeQuery } from '../filters';
import { practiceKeys } from './query-keys';

export function usePractices(query: PracticeQuery) {
  const api = useApi();
  return useQuery({
    queryKey: practiceKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/practices', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Tags of published practices with their counts, most used first. */
export function usePracticeTags() {
  const api = useApi();
  return useQuery({
    queryKey: practiceKeys.tags(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/practices/tags', { signal })),
    staleTime: 60_000,
  });
}
