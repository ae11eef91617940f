import type { RouteObject } from 'react-router';

export const profilesRoutes: RouteObject[] = [
  {
    path: 'communes/:id',
    lazy: async () => ({ Component: (await import('./components/commune-profile-page')).CommuneProfilePage }),
  },
  {
    path: 'organizations/:id',
    lazy: async () => ({ Component: (await import('./components/organization-profile-page')).OrganizationProfilePage }),
  },
];
