import { Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import type { CountsGroup } from '../types';
import { formatRate } from '../utils/completeness';

interface CompletenessGroupsTableProps {
  caption: string;
  groups: CountsGroup[] | undefined;
  /** Coded groups (kinds of unit) are translated; a blank answer keeps the API's label. */
  translateKey?: (key: string) => string;
}

export function CompletenessGroupsTable({ caption, groups, translateKey }: CompletenessGroupsTableProps) {
  const { t } = useTranslation();
  const count = (key: 'expected' | 'submitted' | 'onTime' | 'late' | 'overdue' | 'returned' | 'accepted' | 'excused') => ({
    title: t(`reporting.counts.${key}`),
    key,
    width: 90,
    align: 'right' as const,
    render: (_: unknown, group: CountsGroup) => group.counts?.[key] ?? 0,
  });
  const columns: TableProps<CountsGroup>['columns'] = [
    {
      title: t('reporting.groups.group'),
      key: 'label',
      width: 200,
      render: (_, group) => (translateKey && group.key ? translateKey(group.key) : '') || group.label || group.key,
    },
    count('expected'),
    count('submitted'),
    count('onTime'),
    count('late'),
    count('overdue'),
    count('returned'),
    count('accepted'),
    count('excused'),
    {
      title: t('reporting.counts.rate'),
      key: 'rate',
      width: 110,
      align: 'right',
      render: (_, group) => formatRate(group.counts?.submittedRate),
    },
  ];
  return (
    <Table<CountsGroup>
      rowKey={(group) => group.key ?? group.label ?? ''}
      size="small"
      pagination={false}
      dataSource={groups ?? []}
      columns={columns}
      scroll={{ x: 1030 }}
      title={() => (
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {caption}
        </Typography.Title>
      )}
      locale={{ emptyText: <EmptyState compact /> }}
      style={{ marginBottom: 16 }}
    />
  );
}
