import { Navigate, type RouteObject } from 'react-router';

/** Mounted by src/app/router.tsx behind the `catalog.view` permission. */
export const catalogRoutes: RouteObject[] = [
  { path: 'catalog', element: <Navigate to="/catalog/periods" replace /> },
  {
    path: 'catalog/periods',
    lazy: async () => ({ Component: (await import('./components/periods-page')).PeriodsPage }),
  },
];
