import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { agreementsRoutes } from '@/features/agreements/routes';
import { catalogRoutes } from '@/features/catalog/routes';
import { coverageRoutes } from '@/features/coverage/routes';
import { dashboardRoutes } from '@/features/dashboard/routes';
import { homeRoutes } from '@/features/home/routes';
import { joiningRoutes } from '@/features/joining/routes';
import { notificationsRoutes } from '@/features/notifications/routes';
import { plansRoutes } from '@/features/plans/routes';
import { practicesRoutes } from '@/features/practices/routes';
import { profilesRoutes } from '@/features/profiles/routes';
import { reportingRoutes } from '@/features/reporting/routes';
import { reportsRoutes } from '@/features/reports/routes';
import { supportRoutes } from '@/features/support/routes';
import { needsRoutes } from '@/features/needs/routes';
import { visitsRoutes } from '@/features/visits/routes';
import { LoadingState } from '@/components/loading-state';
import { AppLayout } from './layout/app-layout';
import { RequirePermission } from './layout/require-permission';
import { NotFound, RouteError } from './layout/route-error';

/** The agreement page is composed in the app, as its tabs come from several features. */
const agreementDetailRoute: RouteObject = {
  path: 'agreements/:id',
  lazy: async () => ({ Component: (await import('./routes/agreement-detail-route')).AgreementDetailRoute }),
};

/**
 * Each feature owns its routes (`src/features/<name>/routes.tsx`, paths relative to the root);
 * here they are mounted inside the layout, behind the permission that shows their menu entry.
 */
export function createAppRoutes(): RouteObject[] {
  return [
    {
      path: '/',
      element: <AppLayout />,
      errorElement: <RouteError />,
      // Shown while the first page's lazy chunk loads.
      hydrateFallbackElement: <LoadingState fullscreen />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { element: <RequirePermission permission="home.view" />, children: homeRoutes },
            { element: <RequirePermission permission="dashboard.view" />, children: dashboardRoutes },
            { element: <RequirePermission permission="profiles.view" />, children: profilesRoutes },
            {
              element: <RequirePermission permission="agreements.view" />,
              children: [...agreementsRoutes, agreementDetailRoute],
            },
            { element: <RequirePermission permission="plans.view" />, children: plansRoutes },
            { element: <RequirePermission permission="support.view" />, children: supportRoutes },
            { element: <RequirePermission permission="visits.view" />, children: visitsRoutes },
            { element: <RequirePermission permission="needs.view" />, children: needsRoutes },
            { element: <RequirePermission permission="reporting.view" />, children: reportingRoutes },
            { element: <RequirePermission permission="reports.view" />, children: reportsRoutes },
            { element: <RequirePermission permission="notifications.view" />, children: notificationsRoutes },
            { element: <RequirePermission permission="practices.view" />, children: practicesRoutes },
            { element: <RequirePermission permission="joining.view" />, children: joiningRoutes },
            { element: <RequirePermission permission="catalog.view" />, children: catalogRoutes },
            { element: <RequirePermission permission="coverage.view" />, children: coverageRoutes },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ];
}

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(createAppRoutes()));
  return <RouterProvider router={router} />;
}
