import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { agreementKeys } from './query-keys';

export interface UpdateAgreementInput {
  id: number;
  /** The `version` the form was filled from: the server answers 412 if it has moved since. */
  version: number | undefined;
  body: Schemas['AgreementRequest'];
}

export function useUpdateAgreement() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: UpdateAgreementInput) =>
      unwrap(
        api.PUT('/api/v1/agreements/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementKeys.all }),
  });
}
