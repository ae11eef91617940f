/**
 * Keys of the profile pages. They start with the API resource, so a change elsewhere that
 * invalidates the resource (an agreement, a visit) refreshes the profiles too.
 */
export const profileKeys = {
  adminUnit: (id: number) => ['admin-units', 'detail', id] as const,
  organization: (id: number) => ['organizations', 'detail', id] as const,
  agreements: (filter: { communeId?: number; organizationId?: number }) => ['agreements', 'list', 'profile', filter] as const,
  visits: (communeId: number) => ['monitoring-visits', 'list', 'profile', communeId] as const,
  reports: (organizationId: number) => ['reports', 'list', 'profile', organizationId] as const,
} as const;
