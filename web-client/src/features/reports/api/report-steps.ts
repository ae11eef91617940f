import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap } from '@/lib/api/client';
import { reportChanged } from './report-cache';

/** The report a step moves, as the user saw it: its version goes in If-Match. */
export interface ReportStepTarget {
  id: number;
  version: number | undefined;
}

function stepParams({ id, version }: ReportStepTarget) {
  return { path: { id }, header: { 'If-Match': ifMatch(version) } };
}

/** draft or returned → submitted (the reporter). Needs a non-blank `results`. */
export function useSubmitReport() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: ReportStepTarget & { comment?: string }) =>
      unwrap(
        api.POST('/api/v1/reports/{id}/submit', { params: stepParams(target), body: { comment: target.comment } }),
      ),
    onSuccess: (report) => reportChanged(queryClient, report),
  });
}

/** submitted → returned (the province), with the reason the reporter will read. */
export function useReturnReport() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: ReportStepTarget & { reason: string }) =>
      unwrap(
        api.POST('/api/v1/reports/{id}/return', { params: stepParams(target), body: { reason: target.reason } }),
      ),
    onSuccess: (report) => reportChanged(queryClient, report),
  });
}

/** submitted → accepted (the province). */
export function useAcceptReport() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: ReportStepTarget & { comment?: string }) =>
      unwrap(
        api.POST('/api/v1/reports/{id}/accept', { params: stepParams(target), body: { comment: target.comment } }),
      ),
    onSuccess: (report) => reportChanged(queryClient, report),
  });
}

/** The province excuses the reporter for this period, with a reason. */
export function useExcuseReport() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: ReportStepTarget & { reason: string }) =>
      unwrap(
        api.POST('/api/v1/reports/{id}/excuse', { params: stepParams(target), body: { reason: target.reason } }),
      ),
    onSuccess: (report) => reportChanged(queryClient, report),
  });
}

/** The province takes an excuse back: the reporter must report again. */
export function useReinstateReport() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: ReportStepTarget & { comment?: string }) =>
      unwrap(
        api.POST('/api/v1/reports/{id}/reinstate', { params: stepParams(target), body: { comment: target.comment } }),
      ),
    onSuccess: (report) => reportChanged(queryClient, report),
  });
}
