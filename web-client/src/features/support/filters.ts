import type { Schemas } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';

export type SupportArea = Schemas['SupportArea'];
export type SupportForm = Schemas['SupportForm'];
export type FundingSource = Schemas['FundingSource'];
export type SupportRecordStatus = Schemas['SupportRecordStatus'];
export type PartnerKind = Schemas['OrganizationKind'];

export type SupportRecordQuery = NonNullable<operations['SupportRecordResource_list']['parameters']['query']>;
export type SupportTotalsQuery = NonNullable<operations['SupportRecordResource_totals']['parameters']['query']>;

export const SUPPORT_AREAS: readonly SupportArea[] = ['spiritual', 'material', 'production'];
export const SUPPORT_FORMS: readonly SupportForm[] = ['cash', 'in_kind'];
export const FUNDING_SOURCES: readonly FundingSource[] = [
  'own_budget',
  'staff_contributions',
  'mobilised_enterprise',
  'other',
];
export const SUPPORT_STATUSES: readonly SupportRecordStatus[] = ['recorded', 'confirmed'];
export const PARTNER_KINDS: readonly PartnerKind[] = [
  'department',
  'agency',
  'mass_organization',
  'enterprise',
  'lowland_district',
  'other',
];

/** The sortable columns of the list (the API also sorts by createdAt and category). */
export type SupportSortField = 'supportDate' | 'valueVnd';
export const DEFAULT_SUPPORT_SORT = '-supportDate';
export const DEFAULT_PAGE_SIZE = 20;

/** What the support list is narrowed to. `page` counts from 1, as the table shows it. */
export interface SupportFilters {
  periodId?: number;
  districtId?: number;
  /** The commune helped; set by links from report figures (no control of its own in the bar). */
  communeId?: number;
  organizationId?: number;
  /** The kind of partner organisation; like `communeId`, set by links from report figures. */
  partnerKind?: PartnerKind;
  area?: SupportArea;
  categoryId?: number;
  status?: SupportRecordStatus;
  form?: SupportForm;
  fundingSource?: FundingSource;
  /** yyyy-MM-dd */
  from?: string;
  /** yyyy-MM-dd */
  to?: string;
  q?: string;
  page: number;
  size: number;
  sort: string;
}

export const EMPTY_SUPPORT_FILTERS: SupportFilters = { page: 1, size: DEFAULT_PAGE_SIZE, sort: DEFAULT_SUPPORT_SORT };

const SORTS = ['supportDate', '-supportDate', 'valueVnd', '-valueVnd'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^[1-9]\d{0,15}$/.test(value)) {
    return undefined;
  }
  return Number(value);
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/**
 * The filters in an address such as `/support?status=recorded&districtId=12`. An address typed or
 * pasted by hand may hold anything: what cannot be a filter is dropped rather than sent to the API.
 */
export function parseSupportFilters(params: URLSearchParams): SupportFilters {
  const size = positiveInt(params.get('size'));
  const from = params.get('from');
  const to = params.get('to');
  return {
    periodId: positiveInt(params.get('periodId')),
    districtId: positiveInt(params.get('districtId')),
    communeId: positiveInt(params.get('communeId')),
    organizationId: positiveInt(params.get('organizationId')),
    partnerKind: oneOf(params.get('partnerKind'), PARTNER_KINDS),
    area: oneOf(params.get('area'), SUPPORT_AREAS),
    categoryId: positiveInt(params.get('categoryId')),
    status: oneOf(params.get('status'), SUPPORT_STATUSES),
    form: oneOf(params.get('form'), SUPPORT_FORMS),
    fundingSource: oneOf(params.get('fundingSource'), FUNDING_SOURCES),
    from: from && ISO_DATE.test(from) ? from : undefined,
    to: to && ISO_DATE.test(to) ? to : undefined,
    q: params.get('q')?.trim() || undefined,
    page: positiveInt(params.get('page')) ?? 1,
    size: size && size <= 100 ? size : DEFAULT_PAGE_SIZE,
    sort: oneOf(params.get('sort'), SORTS) ?? DEFAULT_SUPPORT_SORT,
  };
}

/** The address form of the filters; defaults are left out so a plain list has a plain address. */
export function supportFiltersToParams(filters: SupportFilters): URLSearchParams {
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
  if (sort !== DEFAULT_SUPPORT_SORT) {
    params.set('sort', sort);
  }
  return params;
}

/** The totals endpoint takes the list's filters without paging, so both always agree. */
export function toTotalsQuery(filters: SupportFilters, agreementId?: number): SupportTotalsQuery {
  const { page: _page, size: _size, sort: _sort, ...rest } = filters;
  return withoutUndefined({ ...rest, agreementId });
}

export function toListQuery(filters: SupportFilters, agreementId?: number): SupportRecordQuery {
  return { ...toTotalsQuery(filters, agreementId), page: filters.page - 1, size: filters.size, sort: filters.sort };
}

/** Query keys must not differ by an `undefined` entry, or the same list is cached twice. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** Any filter change but paging starts again from the first page. */
export function changeFilters(current: SupportFilters, change: Partial<SupportFilters>): SupportFilters {
  const pagingOnly = Object.keys(change).every((key) => key === 'page' || key === 'size');
  return { ...current, ...change, page: pagingOnly ? (change.page ?? current.page) : 1 };
}
