import type { RouteObject } from 'react-router';

export const coverageRoutes: RouteObject[] = [
  {
    path: 'coverage',
    lazy: async () => ({ Component: (await import('./components/coverage-page')).CoveragePage }),
  },
];
