import { Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import type { Schemas } from '@/lib/api/client';
import { formatDateTime } from '@/lib/format';
import { useAgreementHistory } from '../api/get-agreement-history';
import { actionLabel, fieldLabel, formatHistoryValue } from '../utils/history-values';

type HistoryEntry = Schemas['HistoryEntry'];

const colours: Record<string, string> = {
  created: 'blue',
  activated: 'green',
  suspended: 'orange',
  ended: 'gray',
  deleted: 'red',
};

function Entry({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  // On creation every field "changed" from nothing; the overview already shows them.
  const changes = entry.action === 'created' ? [] : (entry.changes ?? []);
  return (
    <Flex vertical gap={4}>
      <Flex gap={8} wrap align="baseline">
        <Typography.Text strong>{actionLabel(entry.action, t)}</Typography.Text>
        <Typography.Text type="secondary">
          {t('agreements.history.byAt', {
            who: entry.changedByName ?? entry.changedBy ?? '—',
            when: formatDateTime(entry.changedAt),
          })}
        </Typography.Text>
      </Flex>
      {entry.note && (
        <Typography.Text>
          {t('agreements.history.note')}: {entry.note}
        </Typography.Text>
      )}
      {changes.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-label={t('agreements.history.changes')}>
          {changes.map((change) => (
            <li key={change.field}>
              <Typography.Text type="secondary">{fieldLabel(change.field, t)}:</Typography.Text>{' '}
              <del>{formatHistoryValue(change.field, change.before as unknown, t)}</del>
              {' → '}
              <ins style={{ textDecoration: 'none', fontWeight: 500 }}>
                {formatHistoryValue(change.field, change.after as unknown, t)}
              </ins>
            </li>
          ))}
        </ul>
      )}
    </Flex>
  );
}

/** Who changed the agreement, when, why, and which fields from what to what; newest first. */
export function AgreementHistoryTab({ agreement }: { agreement: Schemas['Agreement'] }) {
  const { t } = useTranslation();
  const history = useAgreementHistory(agreement.id ?? 0);

  if (history.isPending) {
    return <LoadingState />;
  }
  if (history.isError) {
    return <ErrorAlert error={history.error} onRetry={() => history.refetch()} />;
  }
  if (history.data.length === 0) {
    return <EmptyState description={t('agreements.history.empty')} />;
  }
  const newestFirst = [...history.data].reverse();
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={newestFirst.map((entry) => ({
        key: entry.id,
        color: colours[entry.action ?? ''] ?? 'blue',
        content: <Entry entry={entry} />,
      }))}
    />
  );
}
