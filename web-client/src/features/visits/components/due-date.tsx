import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ToneTag } from '@/components/tone-tag';
import { formatDate } from '@/lib/format';

/** A due date, in red with an "overdue" tag when the point is late (text, not colour alone). */
export function DueDate({ dueDate, overdue }: { dueDate: string | undefined; overdue: boolean | undefined }) {
  const { t } = useTranslation();
  if (!overdue) {
    return <>{formatDate(dueDate)}</>;
  }
  return (
    <Flex gap={4} align="center" wrap>
      <Typography.Text type="danger" strong>
        {formatDate(dueDate)}
      </Typography.Text>
      <ToneTag tone="red">{t('visits.actionPoint.overdue')}</ToneTag>
    </Flex>
  );
}
