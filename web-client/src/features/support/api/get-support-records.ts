import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import type { SupportRecordQuery } from '../filters';
import { supportKeys } from './query-keys';

export function useSupportRecords(query: SupportRecordQuery) {
  const api = useApi();
  return useQuery({
    queryKey: supportKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/support-records', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
