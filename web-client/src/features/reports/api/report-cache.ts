import type { QueryClient } from '@tanstack/react-query';
import type { Report } from '../types';
import { periodsKey, reportKeys } from './query-keys';

/**
 * After a change the API answers with the whole report: it goes into the cache at once, so the
 * page shows the new status and version (for the next If-Match) without waiting; lists, the
 * changes view and the periods' counts are re-read.
 */
export function reportChanged(queryClient: QueryClient, report: Report | undefined) {
  if (report?.id !== undefined) {
    queryClient.setQueryData(reportKeys.detail(report.id), report);
  }
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: reportKeys.all }),
    queryClient.invalidateQueries({ queryKey: periodsKey }),
  ]);
}
