import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { reportingKeys } from './query-keys';

/** Runs the reminder job now for this period: digests to the reporters who have not submitted. */
export function useSendReminders() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (periodId: number) =>
      unwrap(
        api.POST('/api/v1/reporting-periods/{id}/reminders', { params: { path: { id: periodId } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportingKeys.notifications }),
  });
}
