import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap } from '@/lib/api/client';
import { supportKeys } from './query-keys';

export interface DeleteSupportRecordInput {
  id: number;
  version: number | undefined;
}

export function useDeleteSupportRecord() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: DeleteSupportRecordInput) =>
      unwrap(
        api.DELETE('/api/v1/support-records/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: (_, { id }) => {
      // Its detail is dropped, not re-read: the open drawer would otherwise fetch a 404.
      queryClient.removeQueries({ queryKey: supportKeys.detail(id), exact: true });
      return queryClient.invalidateQueries({
        queryKey: supportKeys.all,
        predicate: (query) => query.queryKey[1] !== 'detail' || query.queryKey[2] !== id,
      });
    },
  });
}
