import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { supportKeys } from './query-keys';

export interface UpdateSupportRecordInput {
  id: number;
  /** The `version` of the record the form was filled from: the server answers 412 if it has moved. */
  version: number | undefined;
  body: Schemas['SupportRecordRequest'];
}

export function useUpdateSupportRecord() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: UpdateSupportRecordInput) =>
      unwrap(
        api.PUT('/api/v1/support-records/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supportKeys.all }),
  });
}
