import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ToneTag } from '@/components/tone-tag';
import type { Schemas } from '@/lib/api/client';

/** How a visit's action points stand: open ones, and the overdue ones in red. */
export function ActionPointCounts({ counts }: { counts: Schemas['ActionPointCounts'] | undefined }) {
  const { t } = useTranslation();
  const total = counts?.total ?? 0;
  const open = counts?.open ?? 0;
  const overdue = counts?.overdue ?? 0;
  if (total === 0) {
    return <Typography.Text type="secondary">{t('visits.counts.none')}</Typography.Text>;
  }
  if (open === 0) {
    return <ToneTag tone="green">{t('visits.counts.allDone', { count: total })}</ToneTag>;
  }
  return (
    <Flex vertical gap={4} align="flex-start">
      <ToneTag tone="blue">{t('visits.counts.open', { count: open })}</ToneTag>
      {overdue > 0 && <ToneTag tone="red">{t('visits.counts.overdue', { count: overdue })}</ToneTag>}
    </Flex>
  );
}
