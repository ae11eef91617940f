import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import type { InvitationQuery } from '../types';
import { joiningKeys } from './query-keys';

export function useInvitations(query: InvitationQuery) {
  const api = useApi();
  return useQuery({
    queryKey: joiningKeys.invitations(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/invitations', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
