import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';

// Placeholder: the plans screens are built in their own branch.
export function PlansPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('menu.plans')} />
      <Alert type="info" showIcon title={t('app.underConstruction')} />
    </>
  );
}
