import type { ReportStatus, Timeliness } from '@/components/reporting-tags';

export const REPORT_STATUSES: readonly ReportStatus[] = ['draft', 'submitted', 'returned', 'accepted'];
export const TIMELINESS: readonly Timeliness[] = ['overdue', 'late', 'pending', 'on_time', 'excused'];
export const REPORTER_KINDS = ['organization', 'district'] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** What `GET /reports` is asked (page counts from 0 on the wire). */
export interface ReportQuery {
  periodId?: number;
  status?: string;
  reporterKind?: string;
  timeliness?: string;
  organizationId?: number;
  districtId?: number;
  q?: string;
  page?: number;
  size?: number;
}

/** What the reports list is narrowed to. `page` counts from 1, as the table shows it. */
export interface ReportFilters {
  periodId?: number;
  status?: ReportStatus;
  reporterKind?: (typeof REPORTER_KINDS)[number];
  timeliness?: Timeliness;
  organizationId?: number;
  districtId?: number;
  q?: string;
  page: number;
  size: number;
}

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^[1-9]\d{0,15}$/.test(value)) {
    return undefined;
  }
  return Number(value);
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** The filters in an address such as `/reports?status=submitted`; what cannot be a filter is dropped. */
export function parseReportFilters(params: URLSearchParams): ReportFilters {
  const size = positiveInt(params.get('size'));
  return {
    periodId: positiveInt(params.get('periodId')),
    status: oneOf(params.get('status'), REPORT_STATUSES),
    reporterKind: oneOf(params.get('reporterKind'), REPORTER_KINDS),
    timeliness: oneOf(params.get('timeliness'), TIMELINESS),
    organizationId: positiveInt(params.get('organizationId')),
    districtId: positiveInt(params.get('districtId')),
    q: params.get('q')?.trim() || undefined,
    page: positiveInt(params.get('page')) ?? 1,
    size: size && size <= 100 ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The address form of the filters; defaults are left out so a plain list has a plain address. */
export function reportFiltersToParams(filters: ReportFilters): URLSearchParams {
  const params = new URLSearchParams();
  const { page, size, ...rest } = filters;
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  if (page !== 1) {
    params.set('page', String(page));
  }
  if (size !== DEFAULT_PAGE_SIZE) {
    params.set('size', String(size));
  }
  return params;
}

export function toReportQuery(filters: ReportFilters): ReportQuery {
  const { page, ...rest } = filters;
  const query: ReportQuery = { ...rest, page: page - 1 };
  // Query keys must not differ by an `undefined` entry, or the same list is cached twice.
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as ReportQuery;
}

/** Any filter change but paging starts again from the first page. */
export function changeReportFilters(current: ReportFilters, change: Partial<ReportFilters>): ReportFilters {
  const pagingOnly = Object.keys(change).every((key) => key === 'page' || key === 'size');
  return { ...current, ...change, page: pagingOnly ? (change.page ?? current.page) : 1 };
}
