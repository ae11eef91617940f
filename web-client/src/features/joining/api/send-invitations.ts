import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import type { InvitationBody } from '../types';
import { joiningKeys } from './query-keys';

/** One invitation (and an in-app notice) per organisation; all or nothing. */
export function useSendInvitations() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationBody) => unwrap(api.POST('/api/v1/invitations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: joiningKeys.all }),
  });
}
