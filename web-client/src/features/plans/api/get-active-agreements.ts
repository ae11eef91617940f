import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { lookupKeys } from './query-keys';

/** How many agreements the plans screen looks through: one page, the API's largest. */
export const SCANNED_AGREEMENTS = 100;

/** Active agreements in the caller's scope, whose plans may await the district's agreement. */
export function useActiveAgreements() {
  const api = useApi();
  return useQuery({
    queryKey: lookupKeys.activeAgreements,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/agreements', {
          params: { query: { status: 'active', size: SCANNED_AGREEMENTS, sort: 'district,recipient' } },
          signal,
        }),
      ),
  });
}
