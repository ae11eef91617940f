import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap, type Schemas } from '@/lib/api/client';
import { planKeys } from './query-keys';

export interface AddPlanItemInput {
  agreementId: number;
  planId: number;
  body: Schemas['PlanItemRequest'];
}

export function useAddPlanItem() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agreementId, planId, body }: AddPlanItemInput) =>
      unwrap(
        api.POST('/api/v1/agreements/{agreementId}/plans/{planId}/items', {
          params: { path: { agreementId, planId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
