import type { RouteObject } from 'react-router';

export const visitsRoutes: RouteObject[] = [
  {
    path: 'visits',
    lazy: async () => ({ Component: (await import('./components/visits-page')).VisitsPage }),
  },
];
