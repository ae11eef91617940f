import type { ActionPointQuery, VisitQuery } from '../filters';

/**
 * Query keys of the visit screens. An action point belongs to a visit (and moves its version),
 * so any change invalidates both `visitKeys.all` and `visitKeys.actionPoints.all`.
 */
export const visitKeys = {
  all: ['monitoring-visits'] as const,
  list: (query: VisitQuery) => ['monitoring-visits', 'list', query] as const,
  detail: (id: number) => ['monitoring-visits', 'detail', id] as const,
  actionPoints: {
    all: ['action-points'] as const,
    list: (query: ActionPointQuery) => ['action-points', 'list', query] as const,
  },
  agreementOptions: (q: string | undefined) => ['visits', 'lookup', 'agreements', q ?? ''] as const,
  periods: () => ['visits', 'lookup', 'periods'] as const,
  districts: () => ['visits', 'lookup', 'districts'] as const,
  organizations: () => ['visits', 'lookup', 'organizations'] as const,
} as const;
