import { EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { PracticeCover } from './practice-cover';

type Practice = Schemas['GoodPracticeListItem'];

/** One practice in the grid: cover, title, author unit, place, tags and year. */
export function PracticeCard({ practice, onTag }: { practice: Practice; onTag: (tag: string) => void }) {
  const { t } = useTranslation();
  const id = practice.id ?? 0;
  const place = [practice.commune?.name, practice.district?.name].filter(Boolean).join(', ');
  return (
    <Card
      hoverable
      cover={<PracticeCover practiceId={id} fileId={practice.coverFileId} title={practice.title ?? ''} />}
      styles={{ body: { padding: 16 } }}
      style={{ height: '100%' }}
    >
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="baseline" gap={8}>
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            <Link to={paths.practice(id)}>{practice.title}</Link>
          </Typography.Title>
          <Typography.Text type="secondary">{practice.year}</Typography.Text>
        </Flex>
        {practice.status === 'draft' && (
          <div>
            <Tag color="gold">{t('practices.statuses.draft')}</Tag>
          </div>
        )}
        <Typography.Text>
          <TeamOutlined aria-hidden /> {practice.organization?.name}
        </Typography.Text>
        {place && (
          <Typography.Text type="secondary">
            <EnvironmentOutlined aria-hidden /> {place}
          </Typography.Text>
        )}
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }} style={{ margin: 0 }}>
          {practice.excerpt}
        </Typography.Paragraph>
        <Flex wrap gap={4}>
          {(practice.tags ?? []).map((tag) => (
            <Tag key={tag} style={{ cursor: 'pointer', marginInlineEnd: 0 }} onClick={() => onTag(tag)}>
              #{tag}
            </Tag>
          ))}
        </Flex>
      </Flex>
    </Card>
  );
}
