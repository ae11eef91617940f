import type { RouteObject } from 'react-router';

export const plansRoutes: RouteObject[] = [
  {
    path: 'plans',
    lazy: async () => ({ Component: (await import('./components/plans-page')).PlansPage }),
  },
  {
    path: 'agreements/:id/plans/:planId',
    lazy: async () => ({ Component: (await import('./components/plan-redirect')).PlanRedirect }),
  },
];
