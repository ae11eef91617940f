import { Layout } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import { useMe } from '@/lib/me';
import { AppHeader } from './app-header';
import { SideMenu } from './side-menu';

/**
 * Header, side menu and the page. Pages render only once /me has answered, so every page can
 * rely on the user's roles and scope being known.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  // Collapsed by default below antd's `lg` breakpoint (992px), i.e. on a 768-wide tablet.
  const [collapsed, setCollapsed] = useState(false);

  if (me.isPending) {
    return <LoadingState fullscreen />;
  }
  if (me.isError) {
    return (
      <main style={{ padding: 24 }}>
        <ErrorAlert error={me.error} onRetry={() => me.refetch()} />
      </main>
    );
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="kn-skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <Layout.Header style={{ borderBottom: '1px solid #e4e7eb', position: 'sticky', top: 0, zIndex: 10 }}>
        <AppHeader me={me.data} collapsed={collapsed} onToggleMenu={() => setCollapsed((value) => !value)} />
      </Layout.Header>
      <Layout>
        <Layout.Sider
          width={248}
          collapsedWidth={64}
          collapsible
          collapsed={collapsed}
          trigger={null}
          breakpoint="lg"
          onBreakpoint={(narrow) => setCollapsed(narrow)}
          style={{ borderInlineEnd: '1px solid #e4e7eb' }}
        >
          <SideMenu roles={me.data.roles ?? []} collapsed={collapsed} />
        </Layout.Sider>
        <Layout.Content id="main-content" tabIndex={-1} style={{ padding: 24, minWidth: 0, outline: 'none' }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
