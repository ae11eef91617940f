import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap, type Schemas } from '@/lib/api/client';
import { agreementKeys } from './query-keys';

export function useCreateAgreement() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['AgreementRequest']) => unwrap(api.POST('/api/v1/agreements', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementKeys.all }),
  });
}
