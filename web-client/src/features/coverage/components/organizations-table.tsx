import { Button, Flex, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { Money } from '@/components/money';
import type { CoverageOrganizationPage, CoverageOrganizationRow } from '../types';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { PAGE_SIZE } from '../filters';
import { sortOf, sortOrderOf } from './sorting';

type OrganizationRow = CoverageOrganizationRow;

interface OrganizationsTableProps {
  page: CoverageOrganizationPage | undefined;
  loading: boolean;
  sort: string | undefined;
  pageNumber: number;
  onChange: (change: { page?: number; sort?: string }) => void;
}

/** Organisations with no active agreement in the period; the province picks some and invites them (task 3). */
export function OrganizationsTable({ page, loading, sort, pageNumber, onChange }: OrganizationsTableProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<number[]>([]);

  const handleChange: TableProps<OrganizationRow>['onChange'] = (pagination, _filters, sorter, { action }) => {
    if (action === 'sort' && !Array.isArray(sorter)) {
      onChange({ sort: sortOf(sorter.field, sorter.order) });
    } else if (action === 'paginate') {
      onChange({ page: pagination.current ?? 1 });
    }
  };

  const columns: TableProps<OrganizationRow>['columns'] = [
    {
      title: t('coverage.field.organization'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'name'),
      render: (_, row) => <Link to={paths.organizationProfile(row.id)}>{row.name}</Link>,
    },
    {
      title: t('coverage.field.kind'),
      dataIndex: 'kind',
      key: 'kind',
      render: (kind: string) => t(`orgKind.${kind}`, { defaultValue: kind }),
    },
    {
      title: t('coverage.field.agreements'),
      key: 'agreements',
      render: (_, row) =>
        t('coverage.agreementCounts', { active: row.activeAgreements, proposed: row.proposedAgreements }),
    },
    {
      title: t('coverage.field.lastSupport'),
      dataIndex: 'lastSupportDate',
      key: 'lastSupportDate',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'lastSupportDate'),
      render: (value: string | null | undefined) => (value ? formatDate(value) : t('coverage.noSupport')),
    },
    {
      title: t('coverage.field.given'),
      dataIndex: 'givenVnd',
      key: 'givenVnd',
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'givenVnd'),
      render: (value: number) => <Money value={value} />,
    },
  ];

  return (
    <>
      <Flex gap={12} align="center" style={{ marginBottom: 12 }}>
        <Link
          to={paths.newInvitations(selected)}
          aria-disabled={selected.length === 0}
          onClick={(event) => selected.length === 0 && event.preventDefault()}
        >
          <Button type="primary" disabled={selected.length === 0}>
            {t('coverage.invite')}
            {selected.length > 0 ? ` (${selected.length})` : ''}
          </Button>
        </Link>
        <Typography.Text type="secondary">{t('coverage.inviteHint')}</Typography.Text>
      </Flex>
      <Table<OrganizationRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={page?.items ?? []}
        loading={loading}
        onChange={handleChange}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(Number)),
          preserveSelectedRowKeys: true,
        }}
        locale={{ emptyText: <EmptyState description={t('coverage.empty.organizations')} compact /> }}
        pagination={{
          current: pageNumber,
          pageSize: PAGE_SIZE,
          total: page?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { count: total }),
        }}
      />
    </>
  );
}
