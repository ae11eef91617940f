import type { SupportStatsQuery } from '@/lib/stats';

export const SUPPORT_AREAS = ['spiritual', 'material', 'production'] as const;
export const SUPPORT_FORMS = ['cash', 'in_kind'] as const;
export const FUNDING_SOURCES = ['own_budget', 'staff_contributions', 'mobilised_enterprise', 'other'] as const;
export const SUPPORT_STATUSES = ['recorded', 'confirmed'] as const;
export const PARTNER_KINDS = ['department', 'agency', 'mass_organization', 'enterprise', 'lowland_district', 'other'] as const;

/** The programme began under Directive 23-CT/TU (2012): the trend starts there unless asked otherwise. */
export const DEFAULT_FROM_YEAR = 2012;

/** What the dashboard is narrowed to; every field lives in the address so a view can be shared. */
export interface DashboardFilters {
  periodId?: number;
  fromYear: number;
  toYear?: number;
  districtId?: number;
  communeId?: number;
  organizationId?: number;
  partnerKind?: (typeof PARTNER_KINDS)[number];
  area?: (typeof SUPPORT_AREAS)[number];
  fundingSource?: (typeof FUNDING_SOURCES)[number];
  form?: (typeof SUPPORT_FORMS)[number];
  status?: (typeof SUPPORT_STATUSES)[number];
}

export const EMPTY_DASHBOARD_FILTERS: DashboardFilters = { fromYear: DEFAULT_FROM_YEAR };

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^[1-9]\d{0,15}$/.test(value)) {
    return undefined;
  }
  return Number(value);
}

function year(value: string | null): number | undefined {
  return value && /^(19|20|21)\d{2}$/.test(value) ? Number(value) : undefined;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/**
 * The filters of an address such as `/dashboard?districtId=12&fromYear=2016`. An address typed or
 * pasted by hand may hold anything: what cannot be a filter is dropped rather than sent to the API.
 */
export function parseDashboardFilters(params: URLSearchParams): DashboardFilters {
  return {
    periodId: positiveInt(params.get('periodId')),
    fromYear: year(params.get('fromYear')) ?? DEFAULT_FROM_YEAR,
    toYear: year(params.get('toYear')),
    districtId: positiveInt(params.get('districtId')),
    communeId: positiveInt(params.get('communeId')),
    organizationId: positiveInt(params.get('organizationId')),
    partnerKind: oneOf(params.get('partnerKind'), PARTNER_KINDS),
    area: oneOf(params.get('area'), SUPPORT_AREAS),
    fundingSource: oneOf(params.get('fundingSource'), FUNDING_SOURCES),
    form: oneOf(params.get('form'), SUPPORT_FORMS),
    status: oneOf(params.get('status'), SUPPORT_STATUSES),
  };
}

const ORDER: (keyof DashboardFilters)[] = [
  'periodId',
  'fromYear',
  'toYear',
  'districtId',
  'communeId',
  'organizationId',
  'partnerKind',
  'area',
  'fundingSource',
  'form',
  'status',
];

/** The address form of the filters, in a fixed order; the default first year is left out. */
export function dashboardFiltersToParams(filters: DashboardFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = filters[key];
    if (value === undefined || (key === 'fromYear' && value === DEFAULT_FROM_YEAR)) {
      continue;
    }
    params.set(key, String(value));
  }
  return params;
}

/** A change of district forgets the commune, which belonged to the old one. */
export function changeDashboardFilters(current: DashboardFilters, change: Partial<DashboardFilters>): DashboardFilters {
  const next = { ...current, ...change };
  if ('districtId' in change && change.districtId !== current.districtId) {
    next.communeId = undefined;
  }
  if (next.fromYear === undefined) {
    next.fromYear = DEFAULT_FROM_YEAR;
  }
  return next;
}

/** The stats API's filters for this view (every endpoint of the page takes the same ones). */
export function toStatsFilters(filters: DashboardFilters): SupportStatsQuery {
  return { ...filters };
}

/** How many filters narrow the view beyond the defaults (shown on the "clear" button). */
export function activeFilterCount(filters: DashboardFilters): number {
  return [...dashboardFiltersToParams(filters).keys()].length;
}
