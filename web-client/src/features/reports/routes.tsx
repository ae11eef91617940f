import type { RouteObject } from 'react-router';

export const reportsRoutes: RouteObject[] = [
  {
    path: 'reports',
    lazy: async () => ({ Component: (await import('./components/reports-page')).ReportsPage }),
  },
  {
    path: 'reports/:id',
    lazy: async () => ({ Component: (await import('./components/report-page')).ReportPage }),
  },
];
