import { Button, Table, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { Money } from '@/components/money';
import type { Schemas } from '@/lib/api/client';
import type { NeedFilters } from '../filters';
import { NeedStatusTag, PriorityTag } from './need-tags';

type Need = Schemas['Need'];

interface NeedsTableProps {
  page: Schemas['PageNeedView'] | undefined;
  loading: boolean;
  filters: NeedFilters;
  onChange: (change: Partial<NeedFilters>) => void;
}

function sortOrder(sort: string, field: string): 'ascend' | 'descend' | null {
  if (sort === field) {
    return 'ascend';
  }
  return sort === `-${field}` ? 'descend' : null;
}

/** One row per need: where, what, how urgent, and estimated against pledged and delivered. */
export function NeedsTable({ page, loading, filters, onChange }: NeedsTableProps) {
  const { t } = useTranslation();
  const columns: ColumnsType<Need> = [
    {
      title: t('needs.field.title'),
      key: 'title',
      render: (_, need) => (
        <>
          <Link to={`/needs/${need.id}`}>{need.title}</Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {need.category?.name}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('needs.field.commune'),
      key: 'commune',
      render: (_, need) => `${need.commune?.name ?? ''} (${need.district?.name ?? ''})`,
    },
    {
      title: t('needs.field.priority'),
      key: 'priority',
      sorter: true,
      sortOrder: sortOrder(filters.sort, 'priority'),
      render: (_, need) => <PriorityTag priority={need.priority} />,
    },
    { title: t('needs.field.targetYear'), dataIndex: 'targetYear', key: 'targetYear', sorter: true, sortOrder: sortOrder(filters.sort, 'targetYear') },
    {
      title: t('needs.field.estimatedVnd'),
      key: 'estimatedVnd',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder(filters.sort, 'estimatedVnd'),
      render: (_, need) => <Money value={need.estimatedVnd} />,
    },
    { title: t('needs.field.pledgedVnd'), key: 'pledgedVnd', align: 'right', render: (_, need) => <Money value={need.pledgedVnd} /> },
    { title: t('needs.field.deliveredVnd'), key: 'deliveredVnd', align: 'right', render: (_, need) => <Money value={need.deliveredVnd} /> },
    { title: t('needs.field.status'), key: 'status', render: (_, need) => <NeedStatusTag status={need.status} /> },
    {
      title: '',
      key: 'open',
      render: (_, need) => (
        <Link to={`/needs/${need.id}`}>
          <Button size="small">{t('needs.open')}</Button>
        </Link>
      ),
    },
  ];

  const onTableChange: TableProps<Need>['onChange'] = (pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = single?.order ? String(single.columnKey) : undefined;
    const sort = field ? `${single?.order === 'descend' ? '-' : ''}${field}` : 'priority';
    if (sort !== filters.sort) {
      onChange({ sort });
      return;
    }
    onChange({ page: pagination.current ?? 1, size: pagination.pageSize ?? filters.size });
  };

  return (
    <Table<Need>
      rowKey="id"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      onChange={onTableChange}
      scroll={{ x: 1100 }}
      locale={{ emptyText: <EmptyState description={t('needs.empty')} compact /> }}
      pagination={{
        current: filters.page,
        pageSize: filters.size,
        total: page?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('needs.total', { count: total }),
      }}
    />
  );
}
