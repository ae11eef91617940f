import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { planKeys } from './query-keys';

export interface AgreePlanInput {
  agreementId: number;
  planId: number;
  /** The plan's version as the district read it: the agreement covers exactly that content. */
  version: number | undefined;
  body: Schemas['PlanAgreeRequest'];
}

export function useAgreePlan() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agreementId, planId, version, body }: AgreePlanInput) =>
      unwrap(
        api.POST('/api/v1/agreements/{agreementId}/plans/{planId}/agree', {
          params: { path: { agreementId, planId }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
