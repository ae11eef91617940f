import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { reportingKeys } from './query-keys';

/** The reporting regimes (semi-annual, annual) with their default window, opening and due days. */
export function useReportingRegimes() {
  const api = useApi();
  return useQuery({
    queryKey: reportingKeys.regimes,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/reporting-regimes', { signal })),
    staleTime: 5 * 60_000,
  });
}
