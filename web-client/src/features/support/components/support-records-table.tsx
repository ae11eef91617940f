import { CheckOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { Money } from '@/components/money';
import { StatusTag } from '@/components/status-tag';
import type { Schemas } from '@/lib/api/client';
import { DATE_FORMAT, formatDate, formatNumber } from '@/lib/format';
import { DEFAULT_SUPPORT_SORT, type SupportFilters, type SupportSortField } from '../filters';
import { PartiesCell } from '@/components/parties';

type SupportRecord = Schemas['SupportRecord'];

interface SupportRecordsTableProps {
  page: Schemas['PageSupportRecordView'] | undefined;
  loading: boolean;
  filters: SupportFilters;
  onChange: (change: Partial<SupportFilters>) => void;
  /** Off within one agreement, where every row has the same partner and recipient. */
  withParties: boolean;
  /** Shows the confirm button on recorded rows (the receiving district). */
  canConfirm: boolean;
  onOpen: (record: SupportRecord) => void;
  onConfirm: (record: SupportRecord) => void;
}

function sortOrderOf(sort: string, field: SupportSortField): 'ascend' | 'descend' | null {
  if (sort === field) {
    return 'ascend';
  }
  return sort === `-${field}` ? 'descend' : null;
}

export function SupportRecordsTable(props: SupportRecordsTableProps) {
  const { page, loading, filters, onChange, withParties, canConfirm, onOpen, onConfirm } = props;
  const { t } = useTranslation();

  const handleChange: TableProps<SupportRecord>['onChange'] = (pagination, _filters, sorter, { action }) => {
    if (action === 'sort' && !Array.isArray(sorter)) {
      const field = sorter.field as SupportSortField | undefined;
      const sort = field && sorter.order ? `${sorter.order === 'descend' ? '-' : ''}${field}` : DEFAULT_SUPPORT_SORT;
      onChange({ sort });
    } else if (action === 'paginate') {
      onChange({ page: pagination.current ?? 1, size: pagination.pageSize ?? filters.size });
    }
  };

  const columns: TableProps<SupportRecord>['columns'] = [
    {
      title: t('support.field.supportDate'),
      dataIndex: 'supportDate',
      key: 'supportDate',
      width: 116,
      // Kept in view while the wide table scrolls sideways, so each row stays identifiable.
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrderOf(filters.sort, 'supportDate'),
      sortDirections: ['descend', 'ascend'],
      render: (value: string) => formatDate(value),
    },
    ...(withParties
      ? [
          {
            title: t('support.field.parties'),
            key: 'parties',
            width: 210,
            render: (_: unknown, record: SupportRecord) => <PartiesCell agreement={record.agreement} />,
          },
        ]
      : []),
    {
      title: t('support.field.category'),
      key: 'category',
      width: 190,
      render: (_, record) => (
        <>
          <div>{record.category?.name}</div>
          {record.category?.area && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`area.${record.category.area}`)}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: t('support.field.description'),
      dataIndex: 'description',
      key: 'description',
      width: 220,
      ellipsis: { showTitle: true },
    },
    {
      title: t('support.field.quantity'),
      key: 'quantity',
      width: 100,
      render: (_, record) =>
        record.quantity !== undefined && record.quantity !== null
          ? `${formatNumber(record.quantity)} ${record.unitOfMeasure ?? ''}`.trim()
          : '',
    },
    {
      title: t('support.field.valueVnd'),
      dataIndex: 'valueVnd',
      key: 'valueVnd',
      width: 150,
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf(filters.sort, 'valueVnd'),
      sortDirections: ['descend', 'ascend'],
      render: (value: number) => <Money value={value} />,
    },
    {
      title: t('support.field.form'),
      dataIndex: 'form',
      key: 'form',
      width: 90,
      render: (form: SupportRecord['form']) => (form ? t(`support.form.${form}`) : ''),
    },
    {
      title: t('support.field.fundingSource'),
      key: 'fundingSource',
      width: 160,
      render: (_, record) => (
        <>
          <div>{record.fundingSource ? t(`support.funding.${record.fundingSource}`) : ''}</div>
          {record.enterpriseName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {record.enterpriseName}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: t('support.field.status'),
      key: 'status',
      width: 150,
      render: (_, record) => (
        <>
          <StatusTag kind="supportRecord" status={record.status} />
          {record.status === 'confirmed' && record.confirmedAt && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('support.confirmedOn', { date: dayjs(record.confirmedAt).format(DATE_FORMAT) })}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: canConfirm ? 200 : 100,
      fixed: 'right',
      render: (_, record) => (
        <Flex gap={4} wrap>
          <Button size="small" onClick={() => onOpen(record)}>
            {t('common.details')}
          </Button>
          {canConfirm && record.status === 'recorded' && (
            <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => onConfirm(record)}>
              {t('support.confirm')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Table<SupportRecord>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={page?.items}
      columns={columns}
      onChange={handleChange}
      scroll={{ x: withParties ? 1590 : 1380 }}
      locale={{ emptyText: <EmptyState compact description={t('support.empty')} /> }}
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
