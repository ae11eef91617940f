import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap } from '@/lib/api/client';
import { planKeys } from './query-keys';

export interface DeletePlanItemInput {
  agreementId: number;
  planId: number;
  itemId: number;
  /** The item's own version (not the plan's). */
  version: number | undefined;
}

export function useDeletePlanItem() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agreementId, planId, itemId, version }: DeletePlanItemInput) =>
      unwrap(
        api.DELETE('/api/v1/agreements/{agreementId}/plans/{planId}/items/{itemId}', {
          params: { path: { agreementId, planId, itemId }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
