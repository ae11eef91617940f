/** Look-ups of the dashboard's filter bar; the figures themselves are keyed in `@/lib/stats`. */
export const dashboardKeys = {
  periods: () => ['dashboard', 'lookup', 'periods'] as const,
  districts: () => ['dashboard', 'lookup', 'districts'] as const,
  communes: (districtId: number) => ['dashboard', 'lookup', 'communes', districtId] as const,
  organizations: (q: string) => ['dashboard', 'lookup', 'organizations', q] as const,
  organization: (id: number) => ['dashboard', 'lookup', 'organization', id] as const,
} as const;
