import { useMutation } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { DOCX_MEDIA_TYPE, saveDownload } from '@/lib/download';

/** The công văn mời tham gia (DOCX) of one invitation. */
export function useDownloadInvitationLetter() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ id, fallbackName }: { id: number; fallbackName: string }) =>
      saveDownload(
        api.GET('/api/v1/invitations/{id}/letter', {
          params: { path: { id } },
          headers: { Accept: DOCX_MEDIA_TYPE },
          parseAs: 'blob',
        }),
        fallbackName,
      ),
  });
}
