import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { reportKeys } from './query-keys';

export interface DeleteAttachmentInput {
  reportId: number;
  attachmentId: number;
}

export function useDeleteAttachment() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, attachmentId }: DeleteAttachmentInput) =>
      unwrap(
        api.DELETE('/api/v1/reports/{id}/attachments/{attachmentId}', {
          params: { path: { id: reportId, attachmentId } },
        }),
      ),
    onSuccess: (_, { reportId }) => queryClient.invalidateQueries({ queryKey: reportKeys.detail(reportId) }),
  });
}
