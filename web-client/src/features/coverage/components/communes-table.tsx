import { Flex, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { Money } from '@/components/money';
import type { CoverageCommunePage, CoverageCommuneRow } from '../types';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { PAGE_SIZE } from '../filters';
import { sortOf, sortOrderOf } from './sorting';

type CommuneRow = CoverageCommuneRow;

interface CommunesTableProps {
  page: CoverageCommunePage | undefined;
  loading: boolean;
  /** `uncovered`: communes without a partner; `monitoring`: days since the last joint visit. */
  mode: 'uncovered' | 'monitoring';
  sort: string | undefined;
  pageNumber: number;
  onChange: (change: { page?: number; sort?: string }) => void;
}

/** Green within a quarter, amber within a year, red beyond or never. */
function visitColour(days: number | null | undefined): string {
  if (days === null || days === undefined || days > 365) {
    return 'red';
  }
  return days > 90 ? 'orange' : 'green';
}

export function CommunesTable({ page, loading, mode, sort, pageNumber, onChange }: CommunesTableProps) {
  const { t } = useTranslation();

  const handleChange: TableProps<CommuneRow>['onChange'] = (pagination, _filters, sorter, { action }) => {
    if (action === 'sort' && !Array.isArray(sorter)) {
      onChange({ sort: sortOf(sorter.field, sorter.order) });
    } else if (action === 'paginate') {
      onChange({ page: pagination.current ?? 1 });
    }
  };

  const columns: TableProps<CommuneRow>['columns'] = [
    {
      title: t('coverage.field.commune'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'name'),
      render: (_, row) => <Link to={paths.communeProfile(row.id)}>{row.name}</Link>,
    },
    {
      title: t('coverage.field.district'),
      key: 'district',
      dataIndex: 'district',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'district'),
      render: (_, row) => row.district.name,
    },
    {
      title: t('coverage.field.flags'),
      key: 'flags',
      render: (_, row) => (
        <Flex gap={4} wrap>
          {row.border && <Tag color="volcano">{t('coverage.flag.border')}</Tag>}
          {row.ethnicMinorityArea && <Tag>{t('coverage.flag.ethnicMinorityArea')}</Tag>}
          {row.districtTwinning && <Tag color="blue">{t('coverage.flag.districtTwinning')}</Tag>}
        </Flex>
      ),
    },
    ...(mode === 'monitoring'
      ? [
          {
            title: t('coverage.field.partners'),
            key: 'partners',
            render: (_: unknown, row: CommuneRow) =>
              row.partners.length === 0 ? (
                <Typography.Text type="danger">{t('coverage.field.uncovered')}</Typography.Text>
              ) : (
                <Flex vertical gap={2}>
                  {row.partners.map((partner) => (
                    <Link key={partner.agreementId} to={paths.organizationProfile(partner.organizationId)}>
                      {partner.name}
                    </Link>
                  ))}
                </Flex>
              ),
          },
        ]
      : []),
    {
      title: t('coverage.field.lastSupport'),
      dataIndex: 'lastSupportDate',
      key: 'lastSupportDate',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'lastSupportDate'),
      render: (value: string | null | undefined) => (value ? formatDate(value) : t('coverage.noSupport')),
    },
    {
      title: t('coverage.field.received'),
      dataIndex: 'receivedVnd',
      key: 'receivedVnd',
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'receivedVnd'),
      render: (value: number) => <Money value={value} />,
    },
    {
      title: t('coverage.field.lastVisit'),
      dataIndex: 'lastVisitDate',
      key: 'lastVisitDate',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'lastVisitDate'),
      render: (value: string | null | undefined) => (value ? formatDate(value) : t('coverage.never')),
    },
    ...(mode === 'monitoring'
      ? [
          {
            title: t('coverage.field.daysSinceVisit'),
            dataIndex: 'daysSinceVisit',
            key: 'daysSinceVisit',
            align: 'right' as const,
            sorter: true,
            sortOrder: sortOrderOf(sort ?? '-daysSinceVisit', 'daysSinceVisit'),
            render: (value: number | null | undefined) => (
              <Tag color={visitColour(value)}>
                {value === null || value === undefined ? t('coverage.never') : t('coverage.days', { count: value })}
              </Tag>
            ),
          },
        ]
      : []),
  ];

  return (
    <Table<CommuneRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      onChange={handleChange}
      scroll={{ x: 900 }}
      locale={{ emptyText: <EmptyState description={t('coverage.empty.communes')} compact /> }}
      pagination={{
        current: pageNumber,
        pageSize: PAGE_SIZE,
        total: page?.total ?? 0,
        showSizeChanger: false,
        showTotal: (total) => t('common.total', { count: total }),
      }}
    />
  );
}
