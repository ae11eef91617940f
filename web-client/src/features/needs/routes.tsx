import type { RouteObject } from 'react-router';

export const needsRoutes: RouteObject[] = [
  {
    path: 'needs',
    lazy: async () => ({ Component: (await import('./components/needs-page')).NeedsPage }),
  },
  {
    path: 'needs/:id',
    lazy: async () => ({ Component: (await import('./components/need-page')).NeedPage }),
  },
];
