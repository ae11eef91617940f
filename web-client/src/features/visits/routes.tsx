import type { RouteObject } from 'react-router';

export const visitsRoutes: RouteObject[] = [
  {
    path: 'visits',
    lazy: async () => ({ Component: (await import('./components/visits-page')).VisitsPage }),
    // `/visits/:id` is the list with that visit's drawer open: the address other screens link to
    // (paths.visit). A child route, so opening a visit keeps the list mounted.
    children: [{ path: ':id' }],
  },
  {
    path: 'visits/overdue',
    lazy: async () => ({
      Component: (await import('./components/overdue-action-points-page')).OverdueActionPointsPage,
    }),
  },
];
