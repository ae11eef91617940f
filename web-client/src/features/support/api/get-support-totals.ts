import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import type { SupportTotalsQuery } from '../filters';
import { supportKeys } from './query-keys';

/** Count, value and beneficiaries over every record matching the list's filters, all pages. */
export function useSupportTotals(query: SupportTotalsQuery) {
  const api = useApi();
  return useQuery({
    queryKey: supportKeys.totals(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/support-records/totals', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
