import type { PracticeQuery } from '../filters';

/**
 * Query keys of the good-practice screens. A change to a practice invalidates `practiceKeys.all`:
 * the lists, the tag cloud and the details all show it.
 */
export const practiceKeys = {
  all: ['practices'] as const,
  list: (query: PracticeQuery) => ['practices', 'list', query] as const,
  tags: () => ['practices', 'tags'] as const,
  detail: (id: number) => ['practices', 'detail', id] as const,
  agreementOptions: (q: string | undefined) => ['practices', 'lookup', 'agreements', q ?? ''] as const,
  organizationOptions: (q: string | undefined) => ['practices', 'lookup', 'organizations', q ?? ''] as const,
  communes: () => ['practices', 'lookup', 'communes'] as const,
} as const;
