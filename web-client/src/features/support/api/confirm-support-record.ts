import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap } from '@/lib/api/client';
import { supportKeys } from './query-keys';

export interface ConfirmSupportRecordInput {
  id: number;
  version: number | undefined;
  note?: string;
}

/** The receiving district confirms it received the support; the record is locked from then on. */
export function useConfirmSupportRecord() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, note }: ConfirmSupportRecordInput) =>
      unwrap(
        api.POST('/api/v1/support-records/{id}/confirm', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: { note },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supportKeys.all }),
  });
}
