/**
 * A stand-in for the network: tests declare what the API answers, and everything above fetch
 * (openapi-fetch, the auth middleware, unwrap, TanStack Query, the components) runs for real.
 */
type Responder = (request: Request, params: Record<string, string>) => Response | Promise<Response>;

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  respond: Responder;
}

export interface FetchStub {
  fetch: typeof globalThis.fetch;
  /** `stub.on('GET', '/api/v1/agreements/:id/plans', () => json([...]))`. Later routes win. */
  on(method: string, path: string, respond: Responder): FetchStub;
  /** Every request made, in order. */
  requests: Request[];
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** A list page as the API shapes it. */
export function page<T>(items: T[], total = items.length, pageNumber = 0, size = 20) {
  return { items, page: pageNumber, size, total };
}

export function createFetchStub(): FetchStub {
  const routes: Route[] = [];
  const requests: Request[] = [];

  const stub: FetchStub = {
    requests,
    on(method, path, respond) {
      const names: string[] = [];
      const source = path.replace(/:(\w+)/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      routes.unshift({ method: method.toUpperCase(), pattern: new RegExp(`^${source}$`), names, respond });
      return stub;
    },
    fetch: async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      // A copy, so a test can read a body the responder has already consumed.
      requests.push(request.clone());
      const { pathname } = new URL(request.url);
      for (const route of routes) {
        const match = route.method === request.method ? route.pattern.exec(pathname) : null;
        if (match) {
          const params = Object.fromEntries(route.names.map((name, index) => [name, match[index + 1] ?? '']));
          return route.respond(request, params);
        }
      }
      // Loud on purpose: a test that forgot a route should fail, not quietly render an empty page.
      return problem(599, { title: `No stub for ${request.method} ${pathname}` });
    },
  };
  return stub;
}
