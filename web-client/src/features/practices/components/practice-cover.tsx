import { PictureOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePracticeImageUrl } from '../api/practice-files';

const HEIGHT = 160;

/** The card's cover: the practice's first image, fetched with the bearer token; a placeholder without one. */
export function PracticeCover({ practiceId, fileId, title }: { practiceId: number; fileId: number | null | undefined; title: string }) {
  const { t } = useTranslation();
  const url = usePracticeImageUrl(practiceId, fileId);
  if (url) {
    return (
      <img
        src={url}
        alt={t('practices.cover', { title })}
        style={{ width: '100%', height: HEIGHT, objectFit: 'cover', display: 'block' }}
      />
    );
  }
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      gap={4}
      style={{ height: HEIGHT, background: '#f0f5f0', color: '#7a8a7a' }}
      aria-hidden={fileId ? true : undefined}
    >
      <PictureOutlined style={{ fontSize: 32 }} />
      {!fileId && <Typography.Text type="secondary">{t('practices.noImage')}</Typography.Text>}
    </Flex>
  );
}
