import { useMutation } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { DOCX_MEDIA_TYPE, saveDownload } from '@/lib/download';
import type { DocumentOptions } from '../types';

export interface DownloadReminderLetterInput {
  periodId: number;
  /** yyyy-MM-dd; the server takes today + 5 days when left out. */
  submitBy?: string;
  options?: DocumentOptions;
  fallbackName: string;
}

/** The công văn đôn đốc (DOCX) to the overdue and returned reporters, for the province to sign. */
export function useDownloadReminderLetter() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ periodId, submitBy, options, fallbackName }: DownloadReminderLetterInput) =>
      saveDownload(
        api.GET('/api/v1/reporting-periods/{id}/reminder-letter', {
          params: { path: { id: periodId }, query: { submitBy, ...options } },
          headers: { Accept: DOCX_MEDIA_TYPE },
          parseAs: 'blob',
        }),
        fallbackName,
      ),
  });
}
