import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap, type ApiClient } from '@/lib/api/client';
import { planKeys } from './query-keys';

/** Shared with `useQueries` on the plans screen, so both read the same cache entry. */
export function agreementPlansQuery(api: ApiClient, agreementId: number) {
  return {
    queryKey: planKeys.ofAgreement(agreementId),
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      unwrap(api.GET('/api/v1/agreements/{agreementId}/plans', { params: { path: { agreementId } }, signal })),
  };
}

/** The agreement's period plan and annual programmes, each with items, plan-vs-actual and totals. */
export function useAgreementPlans(agreementId: number) {
  const api = useApi();
  return useQuery(agreementPlansQuery(api, agreementId));
}
