import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap } from '@/lib/api/client';
import { actionPointChanged } from './action-point-cache';

/** The action point a step moves, as the user saw it: its version goes in If-Match. */
interface StepTarget {
  visitId: number;
  id: number;
  version: number | undefined;
  note?: string;
}

function stepParams({ visitId, id, version }: StepTarget) {
  return { path: { id: visitId, apId: id }, header: { 'If-Match': ifMatch(version) } };
}

/** open → in_progress */
export function useStartActionPoint() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: StepTarget) =>
      unwrap(
        api.POST('/api/v1/monitoring-visits/{id}/action-points/{apId}/start', {
          params: stepParams(target),
          body: { note: target.note },
        }),
      ),
    onSuccess: (point, { visitId }) => actionPointChanged(queryClient, visitId, point),
  });
}

/** open or in_progress → done, on `completedOn` (the server takes today when it is left out). */
export function useCompleteActionPoint() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: StepTarget & { completedOn?: string }) =>
      unwrap(
        api.POST('/api/v1/monitoring-visits/{id}/action-points/{apId}/complete', {
          params: stepParams(target),
          body: { completedOn: target.completedOn, note: target.note },
        }),
      ),
    onSuccess: (point, { visitId }) => actionPointChanged(queryClient, visitId, point),
  });
}

/** open or in_progress → cancelled */
export function useCancelActionPoint() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: StepTarget) =>
      unwrap(
        api.POST('/api/v1/monitoring-visits/{id}/action-points/{apId}/cancel', {
          params: stepParams(target),
          body: { note: target.note },
        }),
      ),
    onSuccess: (point, { visitId }) => actionPointChanged(queryClient, visitId, point),
  });
}

/** done or cancelled → open; the completion date is cleared. */
export function useReopenActionPoint() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: StepTarget) =>
      unwrap(
        api.POST('/api/v1/monitoring-visits/{id}/action-points/{apId}/reopen', {
          params: stepParams(target),
          body: { note: target.note },
        }),
      ),
    onSuccess: (point, { visitId }) => actionPointChanged(queryClient, visitId, point),
  });
}
