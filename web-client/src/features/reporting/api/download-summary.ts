import { useMutation } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { DOCX_MEDIA_TYPE, saveDownload, XLSX_MEDIA_TYPE } from '@/lib/download';
import type { DocumentOptions } from '../types';

export interface DownloadSummaryInput {
  periodId: number;
  format: 'docx' | 'xlsx';
  options: DocumentOptions;
  /** The name to save under when the server's Content-Disposition cannot be read. */
  fallbackName: string;
}

/**
 * The summary as a Decree 30 DOCX report or an XLSX workbook: the same address as the JSON, asked
 * with the document's media type in `Accept`. Fetched with the bearer token, then saved.
 */
export function useDownloadSummary() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ periodId, format, options, fallbackName }: DownloadSummaryInput) =>
      saveDownload(
        api.GET('/api/v1/reporting-periods/{id}/summary', {
          params: { path: { id: periodId }, query: options },
          headers: { Accept: format === 'docx' ? DOCX_MEDIA_TYPE : XLSX_MEDIA_TYPE },
          parseAs: 'blob',
        }),
        fallbackName,
      ),
  });
}
