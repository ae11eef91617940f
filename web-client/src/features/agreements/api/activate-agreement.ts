import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { agreementKeys } from './query-keys';

/** A status step (activate, suspend, end) with its optional note. */
export interface AgreementStepInput {
  id: number;
  /** The version the user saw: a step on a row someone changed since is refused (412). */
  version: number | undefined;
  body: Schemas['StatusChange'];
}

export function useActivateAgreement() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: AgreementStepInput) =>
      unwrap(
        api.POST('/api/v1/agreements/{id}/activate', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementKeys.all }),
  });
}
