import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { supportKeys } from './query-keys';

/** The plans of the agreement chosen in the form, whose items a record can carry out. */
export function useAgreementPlans(agreementId: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: supportKeys.plans(agreementId ?? 0),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/agreements/{agreementId}/plans', {
          params: { path: { agreementId: agreementId ?? 0 } },
          signal,
        }),
      ),
    enabled: agreementId !== undefined,
  });
}
