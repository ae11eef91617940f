import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';

// Placeholder: the support screens are built in their own branch.
export function SupportPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('menu.support')} />
      <Alert type="info" showIcon title={t('app.underConstruction')} />
    </>
  );
}
