import { useMutation } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { saveDownload } from '@/lib/download';

export interface DownloadAttachmentInput {
  reportId: number;
  attachmentId: number;
  fileName: string;
}

/**
 * Fetched through the API client, so the request carries the bearer token (a plain link would
 * not), then handed to the browser under the name the server gives.
 */
export function useDownloadAttachment() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ reportId, attachmentId, fileName }: DownloadAttachmentInput) =>
      saveDownload(
        api.GET('/api/v1/reports/{id}/attachments/{attachmentId}', {
          params: { path: { id: reportId, attachmentId } },
          parseAs: 'blob',
        }),
        fileName,
      ),
  });
}
