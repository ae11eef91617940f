import type { Schemas } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';

export type NeedStatus = Schemas['NeedStatus'];
export type NeedPriority = Schemas['NeedPriority'];
export type SupportArea = Schemas['SupportArea'];
export type NeedQuery = NonNullable<operations['NeedResource_list']['parameters']['query']>;

export const NEED_STATUSES: readonly NeedStatus[] = ['open', 'pledged', 'met', 'cancelled'];
export const NEED_PRIORITIES: readonly NeedPriority[] = ['high', 'medium', 'low'];
export const SUPPORT_AREAS: readonly SupportArea[] = ['spiritual', 'material', 'production'];
export const DEFAULT_PAGE_SIZE = 20;
/** The API's default order: priority (high first), then target year. */
export const DEFAULT_NEED_SORT = 'priority';

const SORTS = ['priority', '-priority', 'targetYear', '-targetYear', 'estimatedVnd', '-estimatedVnd'];

/** What the needs list is narrowed to. `page` counts from 1, as the table shows it. */
export interface NeedFilters {
  districtId?: number;
  /** Set by links from a commune's profile page as `/needs?communeId=…`. */
  communeId?: number;
  area?: SupportArea;
  status?: NeedStatus;
  priority?: NeedPriority;
  year?: number;
  q?: string;
  page: number;
  size: number;
  sort: string;
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

/** The filters in an address such as `/needs?status=open&communeId=41`; anything else is dropped. */
export function parseNeedFilters(params: URLSearchParams): NeedFilters {
  const size = positiveInt(params.get('size'));
  const year = positiveInt(params.get('year'));
  return {
    districtId: positiveInt(params.get('districtId')),
    communeId: positiveInt(params.get('communeId')),
    area: oneOf(params.get('area'), SUPPORT_AREAS),
    status: oneOf(params.get('status'), NEED_STATUSES),
    priority: oneOf(params.get('priority'), NEED_PRIORITIES),
    year: year && year >= 1990 && year <= 2100 ? year : undefined,
    q: params.get('q')?.trim() || undefined,
    page: positiveInt(params.get('page')) ?? 1,
    size: size && size <= 100 ? size : DEFAULT_PAGE_SIZE,
    sort: oneOf(params.get('sort'), SORTS) ?? DEFAULT_NEED_SORT,
  };
}

/** The address form of the filters; defaults are left out so a plain list has a plain address. */
export function needFiltersToParams(filters: NeedFilters): URLSearchParams {
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
  if (sort !== DEFAULT_NEED_SORT) {
    params.set('sort', sort);
  }
  return params;
}

export function toNeedQuery(filters: NeedFilters): NeedQuery {
  const { page, size, sort, ...rest } = filters;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  return { ...defined, page: page - 1, size, sort };
}

/** Any filter change but paging starts again from the first page. */
export function changeNeedFilters(current: NeedFilters, change: Partial<NeedFilters>): NeedFilters {
  const pagingOnly = Object.keys(change).every((key) => key === 'page' || key === 'size');
  return { ...current, ...change, page: pagingOnly ? (change.page ?? current.page) : 1 };
}
