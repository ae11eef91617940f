import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap } from '@/lib/api/client';
import type { AgreementStepInput } from './activate-agreement';
import { agreementKeys } from './query-keys';

export function useSuspendAgreement() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: AgreementStepInput) =>
      unwrap(
        api.POST('/api/v1/agreements/{id}/suspend', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementKeys.all }),
  });
}
