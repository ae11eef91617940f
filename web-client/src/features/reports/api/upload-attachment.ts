import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { reportKeys } from './query-keys';

export interface UploadAttachmentInput {
  reportId: number;
  file: File;
}

/** Sends one file as multipart/form-data field `file`; the server checks its type by content and its size. */
export function useUploadAttachment() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, file }: UploadAttachmentInput) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(
        api.POST('/api/v1/reports/{id}/attachments', {
          params: { path: { id: reportId } },
          // FormData goes as it is: the browser writes the multipart boundary.
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      );
    },
    onSuccess: (_, { reportId }) => queryClient.invalidateQueries({ queryKey: reportKeys.detail(reportId) }),
  });
}
