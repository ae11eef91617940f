import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap } from '@/lib/api/client';
import type { ReportBody } from '../types';
import { reportChanged } from './report-cache';

export interface UpdateReportInput {
  id: number;
  /** The `version` of the report the form was filled from: the server answers 412 if it has moved. */
  version: number | undefined;
  body: ReportBody;
}

/** The reporter saves the narrative (results, difficulties, recommendations) of a draft or returned report. */
export function useUpdateReport() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: UpdateReportInput) =>
      unwrap(
        api.PUT('/api/v1/reports/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: (report) => reportChanged(queryClient, report),
  });
}
