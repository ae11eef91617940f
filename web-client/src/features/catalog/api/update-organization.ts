import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { catalogKeys } from './query-keys';

export interface UpdateOrganizationInput {
  id: number;
  version: number | undefined;
  body: Schemas['OrganizationRequest'];
}

export function useUpdateOrganization() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: UpdateOrganizationInput) =>
      unwrap(
        api.PUT('/api/v1/organizations/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogKeys.organizations.all }),
  });
}
