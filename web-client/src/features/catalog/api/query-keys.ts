/**
 * Query keys of the catalogue screens. A mutation invalidates its resource's `all` key so every
 * list and detail of that resource is read again.
 */
export interface AdminUnitTreeQuery {
  periodId?: number;
  includeAbolished?: boolean;
}

export interface OrganizationQuery {
  q?: string;
  kind?: string;
  active?: boolean;
  page: number;
  size: number;
}

export const catalogKeys = {
  periods: {
    all: ['periods'] as const,
    list: () => ['periods', 'list'] as const,
  },
  adminUnits: {
    all: ['admin-units'] as const,
    tree: (query: AdminUnitTreeQuery) => ['admin-units', 'tree', query] as const,
    detail: (id: number) => ['admin-units', 'detail', id] as const,
    lowlandDistricts: () => ['admin-units', 'lowland-districts'] as const,
  },
  organizations: {
    all: ['organizations'] as const,
    list: (query: OrganizationQuery) => ['organizations', 'list', query] as const,
    detail: (id: number) => ['organizations', 'detail', id] as const,
  },
  supportCategories: {
    all: ['support-categories'] as const,
    list: () => ['support-categories', 'list'] as const,
    areas: () => ['support-categories', 'areas'] as const,
  },
} as const;
