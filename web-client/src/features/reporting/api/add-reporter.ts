import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { reportingKeys, reportsKey } from './query-keys';

export interface AddReporterInput {
  periodId: number;
  body: { organizationId?: number; districtId?: number; reason: string };
}

/** Puts an organisation or a district on an open period's roster, with the reason. */
export function useAddReporter() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ periodId, body }: AddReporterInput) =>
      unwrap(api.POST('/api/v1/reporting-periods/{id}/reporters', { params: { path: { id: periodId } }, body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reportingKeys.all }),
        queryClient.invalidateQueries({ queryKey: reportsKey }),
      ]),
  });
}
