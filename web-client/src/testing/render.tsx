import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createAppRoutes } from '@/app/router';
import { createApiClient } from '@/lib/api/client';
import type { Me } from '@/lib/me';
import { createFetchStub, json, type FetchStub } from './fetch-stub';

export const API_URL = 'http://api.test';
export const TEST_TOKEN = 'test-token';

export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

/** Demo users as /api/v1/me describes them. */
export const users = {
  bdt: { username: 'bdt', name: 'Nguyễn Văn An', roles: ['province'], scope: { kind: 'province' } },
  lanhdao: { username: 'lanhdao', name: 'Phan Thị Lãnh', roles: ['province-viewer'], scope: { kind: 'province' } },
  admin: { username: 'admin', name: 'Quản Trị Viên', roles: ['admin'], scope: { kind: 'province' } },
  namgiang: {
    username: 'namgiang',
    name: 'Hồ Văn Giang',
    roles: ['district'],
    scope: { kind: 'district', id: 12, code: '510', name: 'Nam Giang' },
  },
  sonnptnt: {
    username: 'sonnptnt',
    name: 'Lê Thị Hoa',
    roles: ['unit'],
    scope: { kind: 'organization', id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
  },
} satisfies Record<string, Me>;

interface RenderOptions {
  stub?: FetchStub;
  me?: Me;
}

function providers({ stub = createFetchStub(), me = users.bdt }: RenderOptions) {
  stub.on('GET', '/api/v1/me', () => json(me));
  const auth = { getToken: vi.fn(async () => TEST_TOKEN), logout: vi.fn(async () => {}) };
  const api = createApiClient({ baseUrl: API_URL, getToken: auth.getToken, fetch: stub.fetch });
  const queryClient = createTestQueryClient();
  return { stub, auth, api, queryClient };
}

/** The whole app (layout, menu, routes) at `path`, signed in as `me`. */
export function renderApp(path: string, options: RenderOptions = {}) {
  const { stub, auth, api, queryClient } = providers(options);
  const router = createMemoryRouter(createAppRoutes(), { initialEntries: [path] });
  const view = render(
    <AppProvider auth={auth} api={api} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, stub, auth, router, queryClient };
}

/** One component with the app's providers and a router (for links), without the layout. */
export function renderWithProviders(ui: ReactNode, options: RenderOptions & { routes?: RouteObject[] } = {}) {
  const { stub, auth, api, queryClient } = providers(options);
  const router = createMemoryRouter(options.routes ?? [{ path: '*', element: ui }]);
  const view = render(
    <AppProvider auth={auth} api={api} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, stub, auth, router, queryClient };
}
