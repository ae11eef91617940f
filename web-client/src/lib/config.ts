/**
 * Where the API and Keycloak live. Read from /config.json at start-up rather than baked in at
 * build time, so one build serves every environment: operators edit the file, not the bundle.
 */
export interface RuntimeConfig {
  apiUrl: string;
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

const requiredKeys = ['apiUrl', 'keycloakUrl', 'realm', 'clientId'] as const;

export function parseConfig(raw: unknown): RuntimeConfig {
  if (typeof raw !== 'object' || raw === null) {
    throw new Error('config.json must contain a JSON object');
  }
  const record = raw as Record<string, unknown>;
  const missing = requiredKeys.filter((key) => typeof record[key] !== 'string' || record[key] === '');
  if (missing.length > 0) {
    throw new Error(`config.json is missing ${missing.join(', ')}`);
  }
  return {
    apiUrl: (record.apiUrl as string).replace(/\/+$/, ''),
    keycloakUrl: (record.keycloakUrl as string).replace(/\/+$/, ''),
    realm: record.realm as string,
    clientId: record.clientId as string,
  };
}

export async function loadConfig(url = '/config.json'): Promise<RuntimeConfig> {
  // no-store: a changed config must take effect on the next page load, not after a cache expires.
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  }
  return parseConfig(await response.json());
}
