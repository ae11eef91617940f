import Keycloak from 'keycloak-js';
import type { RuntimeConfig } from './config';

/** What the rest of the app needs from the login: a fresh token per request, and logout. */
export interface Auth {
  /** A valid access token, refreshed first when it expires within the next 30 seconds. */
  getToken(): Promise<string>;
  logout(): Promise<void>;
}

const RETURN_PATH_KEY = 'ketnghia.returnPath';
const MIN_VALIDITY_SECONDS = 30;

/**
 * The realm accepts exactly `<origin>/` as redirect URI, so Keycloak always sends the user back to
 * the root. The page they asked for is kept in sessionStorage across the round trip.
 */
function rememberCurrentPath() {
  const path = window.location.pathname + window.location.search;
  if (path !== '/') {
    sessionStorage.setItem(RETURN_PATH_KEY, path);
  }
}

function restoreRememberedPath() {
  const path = sessionStorage.getItem(RETURN_PATH_KEY);
  sessionStorage.removeItem(RETURN_PATH_KEY);
  if (path && path.startsWith('/') && !path.startsWith('//')) {
    window.history.replaceState(null, '', path);
  }
}

function isLoginCallback() {
  return /[#&](state|code|error)=/.test(window.location.hash);
}

export async function initKeycloakAuth(config: RuntimeConfig, locale: string): Promise<Auth> {
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  const origin = window.location.origin;

  if (!isLoginCallback()) {
    rememberCurrentPath();
  }
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    redirectUri: `${origin}/`,
    silentCheckSsoRedirectUri: `${origin}/silent-check-sso.html`,
    locale,
  });
  restoreRememberedPath();

  return {
    async getToken() {
      try {
        await keycloak.updateToken(MIN_VALIDITY_SECONDS);
      } catch {
        // The refresh token has expired too (idle session): only a new login gives a token.
        rememberCurrentPath();
        await keycloak.login();
        throw new Error('Session expired; redirecting to login');
      }
      if (!keycloak.token) {
        throw new Error('Keycloak returned no token');
      }
      return keycloak.token;
    },
    logout: () => keycloak.logout({ redirectUri: `${origin}/` }),
  };
}
