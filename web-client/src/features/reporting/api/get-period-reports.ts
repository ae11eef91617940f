import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { reportingKeys } from './query-keys';

export interface PeriodReportQuery {
  periodId: number;
  status?: string;
  page?: number;
  size?: number;
}

/** The reports of one period (the "Báo cáo" tab). */
export function usePeriodReports(query: PeriodReportQuery, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: reportingKeys.reports(query),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/reports', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}
