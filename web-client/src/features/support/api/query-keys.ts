import type { SupportRecordQuery, SupportTotalsQuery } from '../filters';

/**
 * Query keys of the support screens. A change to a record invalidates `supportKeys.all`, which
 * covers the lists, the totals and the details; the look-ups (catalogues, agreements, plans) are
 * keyed apart because a record never changes them.
 */
export const supportKeys = {
  all: ['support-records'] as const,
  list: (query: SupportRecordQuery) => ['support-records', 'list', query] as const,
  totals: (query: SupportTotalsQuery) => ['support-records', 'totals', query] as const,
  detail: (id: number) => ['support-records', 'detail', id] as const,
  categories: (activeOnly: boolean) => ['support', 'lookup', 'categories', activeOnly] as const,
  agreementOptions: (q: string | undefined) => ['support', 'lookup', 'agreements', q ?? ''] as const,
  plans: (agreementId: number) => ['support', 'lookup', 'plans', agreementId] as const,
  periods: () => ['support', 'lookup', 'periods'] as const,
  districts: () => ['support', 'lookup', 'districts'] as const,
  organizations: () => ['support', 'lookup', 'organizations'] as const,
  adminUnit: (id: number) => ['support', 'lookup', 'admin-unit', id] as const,
} as const;
