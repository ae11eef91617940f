import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useApi } from './api/api-context';
import { unwrap, type Schemas } from './api/client';
import type { operations } from './api/schema';
import { saveDownload, XLSX_MEDIA_TYPE } from './download';

/**
 * The programme figures of `GET /api/v1/stats/support` and `/stats/plans`, shared by the dashboard
 * and the commune and organisation profiles. Totals are always the API's: a screen never adds rows
 * up itself, so what it shows is exactly the sum of the underlying support records.
 */
export type StatsDimension =
  | 'year'
  | 'area'
  | 'category'
  | 'district'
  | 'commune'
  | 'organization'
  | 'partnerKind'
  | 'fundingSource'
  | 'form'
  | 'status';

export type PlanDimension = 'year' | 'district' | 'organization' | 'commune' | 'area';

export type SupportStatsQuery = NonNullable<operations['StatsResource_support']['parameters']['query']>;
export type PlanStatsQuery = NonNullable<operations['StatsResource_plans']['parameters']['query']>;
/** The filters both endpoints take (all optional, AND). */
export type StatsFilters = Omit<SupportStatsQuery, 'groupBy' | 'sort' | 'limit'>;

export type StatsKey = Schemas['StatsKey'];
export type SupportFiguresOfStats = Schemas['SupportTotal'];
export type SupportStatsRow = Schemas['SupportRow'];
export type SupportStats = Schemas['SupportStats'];
export type PlanStatsFigures = Schemas['PlanTotal'];
export type PlanStatsRow = Schemas['PlanRow'];
export type PlanStats = Schemas['PlanStats'];

/** Query keys must not differ by an `undefined` entry, or the same figures are cached twice. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined && entry !== '')) as T;
}

export const statsKeys = {
  all: ['stats'] as const,
  support: (query: SupportStatsQuery) => ['stats', 'support', withoutUndefined(query)] as const,
  plans: (query: PlanStatsQuery) => ['stats', 'plans', withoutUndefined(query)] as const,
};

/** The figures of the support records matching `query`, grouped by up to two dimensions. */
export function useSupportStats(query: SupportStatsQuery, enabled = true) {
  const api = useApi();
  const clean = withoutUndefined(query);
  return useQuery({
    queryKey: statsKeys.support(clean),
    queryFn: ({ signal }) =>
      // The same address also answers XLSX; asked without Accept it is always the JSON.
      unwrap(api.GET('/api/v1/stats/support', { params: { query: clean }, signal })) as Promise<SupportStats>,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Planned (agreed annual programmes) against actual support, grouped by one dimension. */
export function usePlanStats(query: PlanStatsQuery, enabled = true) {
  const api = useApi();
  const clean = withoutUndefined(query);
  return useQuery({
    queryKey: statsKeys.plans(clean),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/stats/plans', { params: { query: clean }, signal })) as Promise<PlanStats>,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export interface StatsDownload {
  endpoint: 'support' | 'plans';
  query: SupportStatsQuery | PlanStatsQuery;
  /** The name to save under when the server's Content-Disposition cannot be read. */
  fallbackName: string;
}

/** The same figures as an XLSX workbook: the same address, asked with the workbook's media type. */
export function useDownloadStats() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ endpoint, query, fallbackName }: StatsDownload) =>
      saveDownload(
        endpoint === 'support'
          ? api.GET('/api/v1/stats/support', {
              params: { query: withoutUndefined(query) },
              headers: { Accept: XLSX_MEDIA_TYPE },
              parseAs: 'blob',
            })
          : api.GET('/api/v1/stats/plans', {
              params: { query: withoutUndefined(query) },
              headers: { Accept: XLSX_MEDIA_TYPE },
              parseAs: 'blob',
            }),
        fallbackName,
      ),
  });
}

/** The label of a row's first key (or of the key of `dimension`). */
export function keyOf(row: { keys?: StatsKey[] }, dimension?: string): StatsKey | undefined {
  return dimension ? row.keys?.find((key) => key.dimension === dimension) : row.keys?.[0];
}
