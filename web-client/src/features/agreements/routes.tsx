import type { RouteObject } from 'react-router';

export const agreementsRoutes: RouteObject[] = [
  {
    path: 'agreements',
    lazy: async () => ({ Component: (await import('./components/agreements-page')).AgreementsPage }),
  },
];
