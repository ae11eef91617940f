import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap, type Schemas } from '@/lib/api/client';
import { catalogKeys } from './query-keys';

export function useCreateAdminUnit() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['AdminUnitRequest']) => unwrap(api.POST('/api/v1/admin-units', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogKeys.adminUnits.all }),
  });
}
