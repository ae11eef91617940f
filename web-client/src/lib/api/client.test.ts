import { describe, expect, it, vi } from 'vitest';
import { createFetchStub, json, problem } from '@/testing/fetch-stub';
import { createApiClient, ifMatch, unwrap } from './client';
import { ApiProblem } from './problem';

describe('API client', () => {
  it('asks for a fresh token before every request and sends it as a bearer token', async () => {
    const stub = createFetchStub().on('GET', '/api/v1/me', () => json({ username: 'bdt' }));
    let issued = 0;
    const getToken = vi.fn(async () => `token-${++issued}`);
    const api = createApiClient({ baseUrl: 'http://api.test', getToken, fetch: stub.fetch });

    await unwrap(api.GET('/api/v1/me'));
    await unwrap(api.GET('/api/v1/me'));

    expect(getToken).toHaveBeenCalledTimes(2);
    expect(stub.requests.map((request) => request.headers.get('Authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('sends If-Match with the quoted version of the row', async () => {
    const stub = createFetchStub().on('PUT', '/api/v1/periods/:id', () => json({ id: 2, version: 4 }));
    const api = createApiClient({ baseUrl: 'http://api.test', getToken: async () => 't', fetch: stub.fetch });

    const saved = await unwrap(
      api.PUT('/api/v1/periods/{id}', {
        params: { path: { id: 2 }, header: { 'If-Match': ifMatch(3) } },
        body: { code: '2016-2020', name: 'Giai đoạn 2016–2020', startYear: 2016, endYear: 2020 },
      }),
    );

    expect(saved).toEqual({ id: 2, version: 4 });
    expect(stub.requests[0]?.headers.get('If-Match')).toBe('"3"');
    expect(stub.requests[0]?.url).toBe('http://api.test/api/v1/periods/2');
  });

  it('refuses to build an If-Match without a version', () => {
    expect(() => ifMatch(undefined)).toThrow('no version');
  });

  it('throws the problem+json answer as an ApiProblem', async () => {
    const stub = createFetchStub().on('POST', '/api/v1/periods', () =>
      problem(400, {
        type: 'urn:ketnghia:problem:validation-failed',
        title: 'Dữ liệu không hợp lệ / Invalid input',
        errors: [{ pointer: '/endYear', message: 'phải từ năm bắt đầu / must not be before startYear' }],
      }),
    );
    const api = createApiClient({ baseUrl: 'http://api.test', getToken: async () => 't', fetch: stub.fetch });

    const error = await unwrap(
      api.POST('/api/v1/periods', { body: { code: 'x', name: 'x', startYear: 2020, endYear: 2016 } }),
    ).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).slug).toBe('validation-failed');
    expect((error as ApiProblem).fieldProblems[0]?.path).toEqual(['endYear']);
  });

  it('turns an unreachable server into a network problem', async () => {
    const api = createApiClient({
      baseUrl: 'http://api.test',
      getToken: async () => 't',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const error = await unwrap(api.GET('/api/v1/me')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).slug).toBe('network-error');
  });
});
