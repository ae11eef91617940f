import type { operations } from '@/lib/api/schema';

export type VisitQuery = NonNullable<operations['MonitoringVisitResource_list']['parameters']['query']>;
export type ActionPointQuery = NonNullable<operations['ActionPointResource_list']['parameters']['query']>;

export const DEFAULT_VISIT_SORT = '-visitDate';
export const DEFAULT_PAGE_SIZE = 20;

/** What the visit list is narrowed to. `page` counts from 1, as the table shows it. */
export interface VisitFilters {
  periodId?: number;
  districtId?: number;
  organizationId?: number;
  /** yyyy-MM-dd */
  from?: string;
  /** yyyy-MM-dd */
  to?: string;
  q?: string;
  page: number;
  size: number;
  sort: string;
}

export const EMPTY_VISIT_FILTERS: VisitFilters = { page: 1, size: DEFAULT_PAGE_SIZE, sort: DEFAULT_VISIT_SORT };

const SORTS = ['visitDate', '-visitDate'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^[1-9]\d{0,15}$/.test(value)) {
    return undefined;
  }
  return Number(value);
}

function isoDate(value: string | null): string | undefined {
  return value && ISO_DATE.test(value) ? value : undefined;
}

/** The filters in an address such as `/visits?districtId=12&q=bo`; what cannot be a filter is dropped. */
export function parseVisitFilters(params: URLSearchParams): VisitFilters {
  const size = positiveInt(params.get('size'));
  const sort = params.get('sort');
  return {
    periodId: positiveInt(params.get('periodId')),
    districtId: positiveInt(params.get('districtId')),
    organizationId: positiveInt(params.get('organizationId')),
    from: isoDate(params.get('from')),
    to: isoDate(params.get('to')),
    q: params.get('q')?.trim() || undefined,
    page: positiveInt(params.get('page')) ?? 1,
    size: size && size <= 100 ? size : DEFAULT_PAGE_SIZE,
    sort: sort && SORTS.includes(sort) ? sort : DEFAULT_VISIT_SORT,
  };
}

/** The address form of the filters; defaults are left out so a plain list has a plain address. */
export function visitFiltersToParams(filters: VisitFilters): URLSearchParams {
  const params = new URLSearchParams();
  const { page, size, sort, ...rest } = filters;
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
  if (sort !== DEFAULT_VISIT_SORT) {
    params.set('sort', sort);
  }
  return params;
}

export function toVisitQuery(filters: VisitFilters, agreementId?: number): VisitQuery {
  const { page, ...rest } = filters;
  const query: VisitQuery = { ...rest, agreementId, page: page - 1 };
  // Query keys must not differ by an `undefined` entry, or the same list is cached twice.
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as VisitQuery;
}

/** Any filter change but paging starts again from the first page. */
export function changeVisitFilters(current: VisitFilters, change: Partial<VisitFilters>): VisitFilters {
  const pagingOnly = Object.keys(change).every((key) => key === 'page' || key === 'size');
  return { ...current, ...change, page: pagingOnly ? (change.page ?? current.page) : 1 };
}
