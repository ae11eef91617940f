import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './app/provider';
import { AppRouter } from './app/router';
import { StartupError } from './app/startup-error';
import { LoadingState } from './components/loading-state';
import { createApiClient } from './lib/api/client';
import { initKeycloakAuth } from './lib/auth';
import { loadConfig } from './lib/config';
import { initI18n } from './lib/i18n';
import './app/global.css';

/**
 * Config, then login, then the app: the API URL and Keycloak's address are only known once
 * /config.json has been read, and no page is worth showing before the user is signed in.
 */
async function start() {
  const i18n = initI18n();
  const root = createRoot(document.getElementById('root')!);
  root.render(<LoadingState fullscreen />);
  try {
    const config = await loadConfig();
    const auth = await initKeycloakAuth(config, i18n.language);
    const api = createApiClient({ baseUrl: config.apiUrl, getToken: auth.getToken });
    root.render(
      <StrictMode>
        <AppProvider auth={auth} api={api}>
          <AppRouter />
        </AppProvider>
      </StrictMode>,
    );
  } catch (error) {
    root.render(<StartupError error={error} />);
  }
}

void start();
