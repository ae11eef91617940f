import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import type { Summary } from '../types';
import { reportingKeys } from './query-keys';

/** The province summary of a period as JSON: figures, completeness and the collated narratives. */
export function useSummary(periodId: number, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: reportingKeys.summary(periodId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/reporting-periods/{id}/summary', { params: { path: { id: periodId } }, signal }),
      ) as Promise<Summary>,
    enabled,
  });
}
