import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { joiningKeys } from './query-keys';

/** The especially-difficult communes of a period, with how many partners each has. */
export function useEligibleCommunes(periodId: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: joiningKeys.eligibleCommunes(periodId ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/registrations/eligible-communes', { params: { query: { periodId: periodId ?? 0 } }, signal })),
    enabled: periodId !== undefined,
  });
}
