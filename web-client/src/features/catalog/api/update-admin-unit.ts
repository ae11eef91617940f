import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { catalogKeys } from './query-keys';

export interface UpdateAdminUnitInput {
  id: number;
  version: number | undefined;
  body: Schemas['AdminUnitRequest'];
}

export function useUpdateAdminUnit() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: UpdateAdminUnitInput) =>
      unwrap(
        api.PUT('/api/v1/admin-units/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogKeys.adminUnits.all }),
  });
}
