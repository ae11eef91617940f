import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { homeKeys } from './query-keys';

/** Count, VND and beneficiaries of the support in the user's scope between two dates (both optional). */
export function useSupportTotals(from?: string, to?: string) {
  const api = useApi();
  return useQuery({
    queryKey: homeKeys.supportTotals(from, to),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/support-records/totals', { params: { query: { from, to } }, signal })),
  });
}
