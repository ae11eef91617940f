import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { useMe } from '@/lib/me';

export function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  return (
    <>
      <PageHeader title={t('home.title')} />
      <Typography.Paragraph>{t('home.greeting', { name: me?.name ?? me?.username ?? '' })}</Typography.Paragraph>
    </>
  );
}
