import { Navigate, type RouteObject } from 'react-router';
import { paths } from '@/lib/paths';

/** Mounted by src/app/router.tsx behind the `catalog.view` permission. */
export const catalogRoutes: RouteObject[] = [
  { path: 'catalog', element: <Navigate to={paths.catalog.adminUnits} replace /> },
  {
    path: 'catalog/admin-units',
    lazy: async () => ({ Component: (await import('./components/admin-units-page')).AdminUnitsPage }),
  },
  {
    path: 'catalog/organizations',
    lazy: async () => ({ Component: (await import('./components/organizations-page')).OrganizationsPage }),
  },
  {
    path: 'catalog/periods',
    lazy: async () => ({ Component: (await import('./components/periods-page')).PeriodsPage }),
  },
  {
    path: 'catalog/support-categories',
    lazy: async () => ({ Component: (await import('./components/support-categories-page')).SupportCategoriesPage }),
  },
];
