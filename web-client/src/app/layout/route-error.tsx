import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/lib/paths';

export function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('app.notFound')}
      extra={
        <Button type="primary" onClick={() => navigate(paths.home)}>
          {t('app.backHome')}
        </Button>
      }
    />
  );
}

/** What a route shows when rendering it threw (including a lazy page that failed to load). */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFound />;
  }
  return (
    <div style={{ padding: 24 }}>
      <ErrorAlert error={error} onRetry={() => window.location.reload()} />
    </div>
  );
}
