import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { ApiProblem } from './problem';
import type { components, paths } from './schema';

export type ApiClient = Client<paths>;
export type Schemas = components['schemas'];

export interface ApiClientOptions {
  baseUrl: string;
  getToken: () => Promise<string>;
  /** Tests pass a stub here; the browser uses the global fetch. */
  fetch?: typeof globalThis.fetch;
}

export function createApiClient({ baseUrl, getToken, fetch }: ApiClientOptions): ApiClient {
  const client = createClient<paths>({ baseUrl, fetch });
  const bearer: Middleware = {
    async onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${await getToken()}`);
      return request;
    },
  };
  client.use(bearer);
  return client;
}

/** The If-Match value for a row read with this `version` (the API's ETag is the quoted version). */
export function ifMatch(version: number | undefined): string {
  if (version === undefined) {
    // The server would answer 428; failing here points at the caller that forgot to keep the version.
    throw new Error('ifMatch: the row has no version');
  }
  return `"${version}"`;
}

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/**
 * Turns openapi-fetch's `{ data, error }` into a value or a thrown `ApiProblem`, which is what
 * TanStack Query expects from a query or mutation function.
 */
export async function unwrap<T>(request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') {
      throw cause;
    }
    throw ApiProblem.network(cause);
  }
  if (!result.response.ok) {
    throw ApiProblem.fromResponse(result.response, result.error);
  }
  return result.data as T;
}
