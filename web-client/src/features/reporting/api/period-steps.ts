import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap } from '@/lib/api/client';
import { reportingKeys, reportsKey } from './query-keys';

/** The period a step moves, as the user saw it: its version goes in If-Match. */
export interface PeriodStepTarget {
  id: number;
  version: number | undefined;
}

function stepParams({ id, version }: PeriodStepTarget) {
  return { path: { id }, header: { 'If-Match': ifMatch(version) } };
}

/** planned → open: the roster is frozen and every reporter gets a draft report. */
export function useOpenReportingPeriod() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: PeriodStepTarget) =>
      unwrap(api.POST('/api/v1/reporting-periods/{id}/open', { params: stepParams(target) })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reportingKeys.all }),
        queryClient.invalidateQueries({ queryKey: reportsKey }),
      ]),
  });
}

/** open → closed: no more edits, submissions or reminders. */
export function useCloseReportingPeriod() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: PeriodStepTarget) =>
      unwrap(api.POST('/api/v1/reporting-periods/{id}/close', { params: stepParams(target) })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reportingKeys.all }),
        queryClient.invalidateQueries({ queryKey: reportsKey }),
      ]),
  });
}
