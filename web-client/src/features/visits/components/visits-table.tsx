import { Button, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import type { Schemas } from '@/lib/api/client';
import { formatDate } from '@/lib/format';
import { DEFAULT_VISIT_SORT, type VisitFilters } from '../filters';
import { ActionPointCounts } from './action-point-counts';
import { PartiesCell } from '@/components/parties';

type Visit = Schemas['MonitoringVisitListItem'];

interface VisitsTableProps {
  page: Schemas['PageMonitoringVisitListItem'] | undefined;
  loading: boolean;
  filters: VisitFilters;
  onChange: (change: Partial<VisitFilters>) => void;
  /** Off within one agreement, where every row has the same partner and recipient. */
  withParties: boolean;
  onOpen: (visit: Visit) => void;
}

const FINDINGS_EXCERPT = 160;

function excerpt(text: string | undefined): string {
  if (!text || text.length <= FINDINGS_EXCERPT) {
    return text ?? '';
  }
  return `${text.slice(0, FINDINGS_EXCERPT).trimEnd()}…`;
}

export function VisitsTable({ page, loading, filters, onChange, withParties, onOpen }: VisitsTableProps) {
  const { t } = useTranslation();

  const handleChange: TableProps<Visit>['onChange'] = (pagination, _filters, sorter, { action }) => {
    if (action === 'sort' && !Array.isArray(sorter)) {
      const sort = sorter.order ? `${sorter.order === 'descend' ? '-' : ''}visitDate` : DEFAULT_VISIT_SORT;
      onChange({ sort });
    } else if (action === 'paginate') {
      onChange({ page: pagination.current ?? 1, size: pagination.pageSize ?? filters.size });
    }
  };

  const columns: TableProps<Visit>['columns'] = [
    {
      title: t('visits.field.visitDate'),
      dataIndex: 'visitDate',
      key: 'visitDate',
      width: 120,
      sorter: true,
      sortOrder: filters.sort === 'visitDate' ? 'ascend' : filters.sort === '-visitDate' ? 'descend' : null,
      sortDirections: ['descend', 'ascend'],
      render: (value: string) => formatDate(value),
    },
    ...(withParties
      ? [
          {
            title: t('visits.field.parties'),
            key: 'parties',
            width: 260,
            render: (_: unknown, visit: Visit) => <PartiesCell agreement={visit.agreement} />,
          },
        ]
      : []),
    {
      title: t('visits.field.participants'),
      dataIndex: 'participants',
      key: 'participants',
      width: 200,
      ellipsis: { showTitle: true },
    },
    {
      title: t('visits.field.findings'),
      dataIndex: 'findings',
      key: 'findings',
      render: (findings: string | undefined) => excerpt(findings),
    },
    {
      title: t('visits.field.actionPoints'),
      key: 'actionPoints',
      width: 150,
      render: (_, visit) => <ActionPointCounts counts={visit.actionPoints} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_, visit) => (
        <Button size="small" onClick={() => onOpen(visit)}>
          {t('common.details')}
        </Button>
      ),
    },
  ];

  return (
    <Table<Visit>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={page?.items}
      columns={columns}
      onChange={handleChange}
      scroll={{ x: withParties ? 1080 : 840 }}
      locale={{ emptyText: <EmptyState compact description={t('visits.empty')} /> }}
      pagination={{
        current: filters.page,
        pageSize: filters.size,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t('common.total', { count: total }),
      }}
    />
  );
}
