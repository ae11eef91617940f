import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap } from '@/lib/api/client';
import { joiningKeys } from './query-keys';

export interface CancelInvitationInput {
  id: number;
  version: number | undefined;
  reason?: string;
}

export function useCancelInvitation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, reason }: CancelInvitationInput) =>
      unwrap(
        api.POST('/api/v1/invitations/{id}/cancel', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: { reason },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: joiningKeys.all }),
  });
}
