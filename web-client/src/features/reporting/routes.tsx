import type { RouteObject } from 'react-router';

export const reportingRoutes: RouteObject[] = [
  {
    path: 'reporting',
    lazy: async () => ({ Component: (await import('./components/reporting-periods-page')).ReportingPeriodsPage }),
  },
  {
    path: 'reporting/:periodId',
    lazy: async () => ({ Component: (await import('./components/reporting-period-page')).ReportingPeriodPage }),
  },
];
