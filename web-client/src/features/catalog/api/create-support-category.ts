import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap, type Schemas } from '@/lib/api/client';
import { catalogKeys } from './query-keys';

export function useCreateSupportCategory() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['SupportCategoryRequest']) =>
      unwrap(api.POST('/api/v1/support-categories', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogKeys.supportCategories.all }),
  });
}
