import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';

// Placeholder: the agreements screens are built in their own branch.
export function AgreementsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('menu.agreements')} />
      <Alert type="info" showIcon title={t('app.underConstruction')} />
    </>
  );
}
