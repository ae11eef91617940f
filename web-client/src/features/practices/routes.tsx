import type { RouteObject } from 'react-router';

export const practicesRoutes: RouteObject[] = [
  {
    path: 'practices',
    lazy: async () => ({ Component: (await import('./components/practices-page')).PracticesPage }),
  },
  {
    path: 'practices/:id',
    lazy: async () => ({ Component: (await import('./components/practice-page')).PracticePage }),
  },
];
