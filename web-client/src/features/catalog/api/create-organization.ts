import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap, type Schemas } from '@/lib/api/client';
import { catalogKeys } from './query-keys';

export function useCreateOrganization() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['OrganizationRequest']) => unwrap(api.POST('/api/v1/organizations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogKeys.organizations.all }),
  });
}
