import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { planKeys } from './query-keys';

export interface UpdatePlanItemInput {
  agreementId: number;
  planId: number;
  itemId: number;
  /** The item's own version (not the plan's). */
  version: number | undefined;
  body: Schemas['PlanItemRequest'];
}

export function useUpdatePlanItem() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agreementId, planId, itemId, version, body }: UpdatePlanItemInput) =>
      unwrap(
        api.PUT('/api/v1/agreements/{agreementId}/plans/{planId}/items/{itemId}', {
          params: { path: { agreementId, planId, itemId }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
