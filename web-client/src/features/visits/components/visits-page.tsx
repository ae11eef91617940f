import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';

// Placeholder: the visits screens are built in their own branch.
export function VisitsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('menu.visits')} />
      <Alert type="info" showIcon title={t('app.underConstruction')} />
    </>
  );
}
