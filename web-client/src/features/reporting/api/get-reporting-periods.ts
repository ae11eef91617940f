import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { reportingKeys } from './query-keys';

export interface ReportingPeriodQuery {
  year?: number;
  status?: string;
  regime?: string;
  page?: number;
  size?: number;
}

export function useReportingPeriods(query: ReportingPeriodQuery) {
  const api = useApi();
  return useQuery({
    queryKey: reportingKeys.list(query),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/reporting-periods', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
