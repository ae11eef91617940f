import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { homeKeys } from './query-keys';

export interface SubmittedReport {
  id?: number;
  period?: { name?: string };
  reporter?: { name?: string };
  lastSubmittedAt?: string | null;
}

/** Reports submitted and waiting for the province to accept or return them. */
export function useReportsAwaitingAcceptance(enabled: boolean, size = 5) {
  const api = useApi();
  return useQuery({
    queryKey: [...homeKeys.reportsAwaitingAcceptance, size],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/reports', { params: { query: { status: 'submitted', size } }, signal })),
    enabled,
  });
}
