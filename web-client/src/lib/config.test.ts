import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig, parseConfig } from './config';

const valid = {
  apiUrl: 'http://localhost:8080/',
  keycloakUrl: 'http://localhost:8180',
  realm: 'ketnghia',
  clientId: 'ketnghia-web',
};

describe('runtime config', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the four settings and drops trailing slashes', () => {
    expect(parseConfig(valid)).toEqual({ ...valid, apiUrl: 'http://localhost:8080' });
  });

  it('names every missing setting', () => {
    expect(() => parseConfig({ apiUrl: 'x', realm: '' })).toThrow('config.json is missing keycloakUrl, realm, clientId');
    expect(() => parseConfig(null)).toThrow('JSON object');
  });

  it('fetches /config.json past the cache and fails clearly when it is missing', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(valid)));
    vi.stubGlobal('fetch', fetch);
    await expect(loadConfig()).resolves.toMatchObject({ realm: 'ketnghia' });
    expect(fetch).toHaveBeenCalledWith('/config.json', { cache: 'no-store' });

    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    await expect(loadConfig()).rejects.toThrow('Could not load /config.json: HTTP 404');
  });
});
