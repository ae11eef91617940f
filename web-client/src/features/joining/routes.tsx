import type { RouteObject } from 'react-router';

const page = async () => (await import('./components/joining-page')).JoiningPage;

export const joiningRoutes: RouteObject[] = [
  { path: 'joining', lazy: async () => ({ Component: await page() }) },
  { path: 'joining/invitations/new', lazy: async () => ({ Component: await page() }) },
  { path: 'joining/registrations/new', lazy: async () => ({ Component: await page() }) },
  { path: 'joining/registrations/:registrationId', lazy: async () => ({ Component: await page() }) },
];
