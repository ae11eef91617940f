import type { NeedQuery } from '../filters';

/**
 * Query keys of the needs screens. A change to a need or a pledge invalidates `needKeys.all`
 * (lists and details); look-ups are keyed apart because a need never changes them.
 */
export const needKeys = {
  all: ['needs'] as const,
  list: (query: NeedQuery) => ['needs', 'list', query] as const,
  detail: (id: number) => ['needs', 'detail', id] as const,
  districts: () => ['needs', 'lookup', 'districts'] as const,
  communes: (districtId: number | undefined) => ['needs', 'lookup', 'communes', districtId ?? 0] as const,
  categories: () => ['needs', 'lookup', 'categories'] as const,
  agreements: (communeId: number, districtId: number) => ['needs', 'lookup', 'agreements', communeId, districtId] as const,
} as const;
