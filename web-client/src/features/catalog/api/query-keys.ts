/**
 * Query keys of the catalogue screens. A mutation invalidates its resource's `all` key so every
 * list and detail of that resource is read again.
 */
export const catalogKeys = {
  periods: {
    all: ['periods'] as const,
    list: () => ['periods', 'list'] as const,
  },
} as const;
