import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap } from '@/lib/api/client';
import type { UpdateReportingPeriodBody } from '../types';
import { reportingKeys } from './query-keys';

export interface UpdateReportingPeriodInput {
  id: number;
  /** The version of the period the form was filled from. */
  version: number | undefined;
  body: UpdateReportingPeriodBody;
}

/**
 * A period's name and dates. The window and opening day change only while planned, name and due
 * date also while open; a closed period refuses (409). 412 when someone else changed it first.
 */
export function useUpdateReportingPeriod() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: UpdateReportingPeriodInput) =>
      unwrap(
        api.PUT('/api/v1/reporting-periods/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportingKeys.all }),
  });
}
