import type { operations } from '@/lib/api/schema';

export type CoverageTab = 'communes' | 'districts' | 'organizations' | 'agreements' | 'monitoring';
export const COVERAGE_TABS: readonly CoverageTab[] = ['communes', 'districts', 'organizations', 'agreements', 'monitoring'];

export type CoverageGap = 'no_recent_support' | 'no_agreed_plan' | 'no_report';
export const COVERAGE_GAPS: readonly CoverageGap[] = ['no_recent_support', 'no_agreed_plan', 'no_report'];

export type OrganizationKind = 'department' | 'agency' | 'mass_organization' | 'enterprise' | 'lowland_district' | 'other';
export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'department',
  'agency',
  'mass_organization',
  'enterprise',
  'lowland_district',
  'other',
];

export const INACTIVE_MONTH_CHOICES = [3, 6, 9, 12, 18, 24] as const;
export const DEFAULT_INACTIVE_MONTHS = 6;
export const PAGE_SIZE = 20;

export type CoverageHeadlineQuery = NonNullable<operations['CoverageResource_headline']['parameters']['query']>;
export type CoverageCommunesQuery = NonNullable<operations['CoverageResource_communes']['parameters']['query']>;
export type CoverageOrganizationsQuery = NonNullable<operations['CoverageResource_organizations']['parameters']['query']>;
export type CoverageAgreementsQuery = NonNullable<operations['CoverageResource_agreements']['parameters']['query']>;

/** What the coverage page shows, all of it in the address so a view can be shared. `page` counts from 1. */
export interface CoverageFilters {
  tab: CoverageTab;
  periodId?: number;
  districtId?: number;
  q?: string;
  /** The agreements tab: which gap to list (all gaps when absent). */
  gap?: CoverageGap;
  inactiveMonths: number;
  /** The organisations tab: the kind of organisation. */
  kind?: OrganizationKind;
  page: number;
  sort?: string;
}

export const DEFAULT_COVERAGE_FILTERS: CoverageFilters = {
  tab: 'communes',
  inactiveMonths: DEFAULT_INACTIVE_MONTHS,
  page: 1,
};

const SORT = /^-?[a-zA-Z]{1,30}$/;

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^[1-9]\d{0,15}$/.test(value)) {
    return undefined;
  }
  return Number(value);
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** The filters in an address such as `/coverage?tab=agreements&gap=no_report`; anything else is dropped. */
export function parseCoverageFilters(params: URLSearchParams): CoverageFilters {
  const months = positiveInt(params.get('inactiveMonths'));
  const sort = params.get('sort');
  return {
    tab: oneOf(params.get('tab'), COVERAGE_TABS) ?? 'communes',
    periodId: positiveInt(params.get('periodId')),
    districtId: positiveInt(params.get('districtId')),
    q: params.get('q')?.trim() || undefined,
    gap: oneOf(params.get('gap'), COVERAGE_GAPS),
    inactiveMonths: months && months <= 120 ? months : DEFAULT_INACTIVE_MONTHS,
    kind: oneOf(params.get('kind'), ORGANIZATION_KINDS),
    page: positiveInt(params.get('page')) ?? 1,
    sort: sort && SORT.test(sort) ? sort : undefined,
  };
}

/** The address form; defaults are left out so the plain page has a plain address. */
export function coverageFiltersToParams(filters: CoverageFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.tab !== 'communes') {
    params.set('tab', filters.tab);
  }
  const optional: [string, string | number | undefined][] = [
    ['periodId', filters.periodId],
    ['districtId', filters.districtId],
    ['q', filters.q],
    ['gap', filters.gap],
    ['kind', filters.kind],
    ['sort', filters.sort],
  ];
  for (const [key, value] of optional) {
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  if (filters.inactiveMonths !== DEFAULT_INACTIVE_MONTHS) {
    params.set('inactiveMonths', String(filters.inactiveMonths));
  }
  if (filters.page !== 1) {
    params.set('page', String(filters.page));
  }
  return params;
}

/** Any change but paging starts again from the first page; a new tab also drops the list's own filters. */
export function changeCoverageFilters(current: CoverageFilters, change: Partial<CoverageFilters>): CoverageFilters {
  if (change.tab !== undefined && change.tab !== current.tab) {
    return {
      tab: change.tab,
      periodId: current.periodId,
      districtId: current.districtId,
      inactiveMonths: current.inactiveMonths,
      page: 1,
    };
  }
  const pagingOnly = Object.keys(change).every((key) => key === 'page');
  return { ...current, ...change, page: pagingOnly ? (change.page ?? current.page) : 1 };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

export function toHeadlineQuery(filters: CoverageFilters): CoverageHeadlineQuery {
  return withoutUndefined({
    periodId: filters.periodId,
    districtId: filters.districtId,
    inactiveMonths: filters.inactiveMonths,
  });
}

/** The communes without a partner (the default tab). */
export function toUncoveredCommunesQuery(filters: CoverageFilters, paged = true): CoverageCommunesQuery {
  return withoutUndefined({
    periodId: filters.periodId,
    districtId: filters.districtId,
    especiallyDifficult: true,
    covered: false,
    q: filters.q,
    sort: filters.sort,
    ...(paged ? { page: filters.page - 1, size: PAGE_SIZE } : {}),
  });
}

/** Every especially-difficult commune, longest without a visit first (the monitoring tab). */
export function toMonitoringQuery(filters: CoverageFilters, paged = true): CoverageCommunesQuery {
  return withoutUndefined({
    periodId: filters.periodId,
    districtId: filters.districtId,
    especiallyDifficult: true,
    q: filters.q,
    sort: filters.sort ?? '-daysSinceVisit',
    ...(paged ? { page: filters.page - 1, size: PAGE_SIZE } : {}),
  });
}

export function toOrganizationsQuery(filters: CoverageFilters, paged = true): CoverageOrganizationsQuery {
  return withoutUndefined({
    periodId: filters.periodId,
    participating: false,
    kind: filters.kind,
    q: filters.q,
    sort: filters.sort,
    ...(paged ? { page: filters.page - 1, size: PAGE_SIZE } : {}),
  });
}

export function toAgreementsQuery(filters: CoverageFilters, paged = true): CoverageAgreementsQuery {
  return withoutUndefined({
    periodId: filters.periodId,
    districtId: filters.districtId,
    inactiveMonths: filters.inactiveMonths,
    gap: filters.gap,
    q: filters.q,
    sort: filters.sort,
    ...(paged ? { page: filters.page - 1, size: PAGE_SIZE } : {}),
  });
}
