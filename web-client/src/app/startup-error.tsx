import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown when /config.json or Keycloak cannot be reached: nothing else can work then. */
export function StartupError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('app.startupFailed')}
      subTitle={error instanceof Error ? error.message : String(error)}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
