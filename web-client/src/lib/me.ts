import { useQuery } from '@tanstack/react-query';
import { useApi } from './api/api-context';
import { unwrap, type Schemas } from './api/client';
import { can, type Permission } from './permissions';

export type Me = Schemas['Me'];

export const meQueryKey = ['me'] as const;

/** Who is signed in: name, roles and the district or organisation they act for. */
export function useMe() {
  const api = useApi();
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me', { signal })),
    // Roles and scope come from the token; they do not change during a session.
    staleTime: Infinity,
  });
}

/**
 * `useCan()('support.confirm')`. False until /me has loaded, so buttons appear rather than vanish.
 * The layout renders pages only once /me is known, so inside a page this is already settled.
 */
export function useCan(): (permission: Permission) => boolean {
  const { data } = useMe();
  const roles = data?.roles ?? [];
  return (permission) => can(roles, permission);
}
