import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { planKeys } from './query-keys';

export interface UpdatePlanInput {
  agreementId: number;
  planId: number;
  /** The plan's version as shown; it moves with every item change too. */
  version: number | undefined;
  body: Schemas['PlanUpdateRequest'];
}

export function useUpdatePlan() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agreementId, planId, version, body }: UpdatePlanInput) =>
      unwrap(
        api.PUT('/api/v1/agreements/{agreementId}/plans/{planId}', {
          params: { path: { agreementId, planId }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
