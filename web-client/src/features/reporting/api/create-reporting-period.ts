import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import type { CreateReportingPeriodBody } from '../types';
import { reportingKeys } from './query-keys';

/** A new period, planned; dates left out take the regime's defaults. 409 when the regime and year exist. */
export function useCreateReportingPeriod() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReportingPeriodBody) =>
      unwrap(api.POST('/api/v1/reporting-periods', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportingKeys.all }),
  });
}
