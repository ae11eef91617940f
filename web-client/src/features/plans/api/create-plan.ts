import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap, type Schemas } from '@/lib/api/client';
import { planKeys } from './query-keys';

export interface CreatePlanInput {
  agreementId: number;
  body: Schemas['PlanCreateRequest'];
}

export function useCreatePlan() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agreementId, body }: CreatePlanInput) =>
      unwrap(api.POST('/api/v1/agreements/{agreementId}/plans', { params: { path: { agreementId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
