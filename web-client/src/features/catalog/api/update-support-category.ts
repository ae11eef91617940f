import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { catalogKeys } from './query-keys';

export interface UpdateSupportCategoryInput {
  id: number;
  version: number | undefined;
  body: Schemas['SupportCategoryRequest'];
}

export function useUpdateSupportCategory() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: UpdateSupportCategoryInput) =>
      unwrap(
        api.PUT('/api/v1/support-categories/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogKeys.supportCategories.all }),
  });
}
