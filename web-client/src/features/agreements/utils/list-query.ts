import type { Schemas } from '@/lib/api/client';
import type { AgreementQuery } from '../api/get-agreements';

type AgreementStatus = Schemas['AgreementStatus'];

export const AGREEMENT_STATUSES: AgreementStatus[] = ['proposed', 'active', 'suspended', 'ended'];
export const SORT_FIELDS = ['startDate', 'organization', 'recipient', 'district', 'status'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export const DEFAULT_SORT = '-startDate';
export const DEFAULT_SIZE = 20;
export const PAGE_SIZES = [10, 20, 50, 100];

/**
 * What the agreements list shows, as kept in the address bar so a view can be shared and the back
 * button returns to it. `page` counts from 1 there (as people do); the API counts from 0.
 */
export interface AgreementListState {
  page: number;
  size: number;
  sort: string;
  q?: string;
  periodId?: number;
  districtId?: number;
  communeId?: number;
  organizationId?: number;
  status?: AgreementStatus;
}

export type AgreementFilters = Omit<AgreementListState, 'page' | 'size' | 'sort'>;

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^[1-9]\d{0,15}$/.test(value)) {
    return undefined;
  }
  return Number(value);
}

function isSort(value: string): boolean {
  return (SORT_FIELDS as readonly string[]).includes(value.replace(/^-/, ''));
}

/** Reads the state from the query string; anything malformed falls back to the default. */
export function readListState(params: URLSearchParams): AgreementListState {
  const size = positiveInt(params.get('size'));
  const sort = params.get('sort');
  const status = params.get('status');
  const q = params.get('q')?.trim();
  return {
    page: positiveInt(params.get('page')) ?? 1,
    size: size !== undefined && PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE,
    sort: sort && isSort(sort) ? sort : DEFAULT_SORT,
    q: q || undefined,
    periodId: positiveInt(params.get('periodId')),
    districtId: positiveInt(params.get('districtId')),
    communeId: positiveInt(params.get('communeId')),
    organizationId: positiveInt(params.get('organizationId')),
    status: AGREEMENT_STATUSES.find((candidate) => candidate === status),
  };
}

/** The query string for a state, leaving out defaults so shared addresses stay short. */
export function writeListState(state: AgreementListState): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string | number | undefined, fallback?: string | number) => {
    if (value !== undefined && value !== '' && value !== fallback) {
      params.set(name, String(value));
    }
  };
  set('q', state.q);
  set('periodId', state.periodId);
  set('districtId', state.districtId);
  set('communeId', state.communeId);
  set('organizationId', state.organizationId);
  set('status', state.status);
  set('sort', state.sort, DEFAULT_SORT);
  set('page', state.page, 1);
  set('size', state.size, DEFAULT_SIZE);
  return params;
}

export function toApiQuery(state: AgreementListState): AgreementQuery {
  return {
    page: state.page - 1,
    size: state.size,
    sort: state.sort,
    q: state.q,
    periodId: state.periodId,
    districtId: state.districtId,
    communeId: state.communeId,
    organizationId: state.organizationId,
    status: state.status,
  };
}
