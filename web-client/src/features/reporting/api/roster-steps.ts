import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap, type ApiClient } from '@/lib/api/client';
import { reportingKeys, reportsKey } from './query-keys';

export interface RosterStepInput {
  reportId: number;
  text?: string;
}

/**
 * The completeness worklist lists reporters, not report versions: the version If-Match needs is
 * read from the report itself just before the step, so the step still fails (412) if someone
 * changed the report between that read and the step, never silently overwrites.
 */
async function versionOf(api: ApiClient, reportId: number): Promise<number | undefined> {
  const report = await unwrap(api.GET('/api/v1/reports/{id}', { params: { path: { id: reportId } } }));
  return report.version;
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: reportingKeys.all }),
      queryClient.invalidateQueries({ queryKey: reportsKey }),
    ]);
}

/** The province excuses a reporter for the period, with a reason. */
export function useExcuseReporter() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ reportId, text }: RosterStepInput) =>
      unwrap(
        api.POST('/api/v1/reports/{id}/excuse', {
          params: { path: { id: reportId }, header: { 'If-Match': ifMatch(await versionOf(api, reportId)) } },
          body: { reason: text ?? '' },
        }),
      ),
    onSuccess: refresh,
  });
}

/** The province takes an excuse back. */
export function useReinstateReporter() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ reportId, text }: RosterStepInput) =>
      unwrap(
        api.POST('/api/v1/reports/{id}/reinstate', {
          params: { path: { id: reportId }, header: { 'If-Match': ifMatch(await versionOf(api, reportId)) } },
          body: { comment: text },
        }),
      ),
    onSuccess: refresh,
  });
}
