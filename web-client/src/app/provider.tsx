import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProvider } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import type { Auth } from '@/lib/auth';
import { AuthProvider } from '@/lib/auth-context';
import { createQueryClient } from '@/lib/query-client';
import { theme } from './theme';

/** antd's own texts (pagination, date pickers, empty tables) follow the interface language. */
function LocalisedAntd({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

interface AppProviderProps {
  auth: Auth;
  api: ApiClient;
  /** Tests pass their own, with retries off. */
  queryClient?: QueryClient;
  children: ReactNode;
}

/** Order matters: the API client needs the login's token, queries need the API client. */
export function AppProvider({ auth, api, queryClient, children }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <AuthProvider auth={auth}>
      <ApiProvider client={api}>
        <QueryClientProvider client={client}>
          <LocalisedAntd>{children}</LocalisedAntd>
        </QueryClientProvider>
      </ApiProvider>
    </AuthProvider>
  );
}
