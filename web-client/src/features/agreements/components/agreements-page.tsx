import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { StatusTag } from '@/components/status-tag';
import type { Schemas } from '@/lib/api/client';
import { formatDate } from '@/lib/format';
import { useCan } from '@/lib/me';
import { paths } from '@/lib/paths';
import { useAgreements } from '../api/get-agreements';
import { recipientLabel } from '../utils/labels';
import {
  DEFAULT_SORT,
  PAGE_SIZES,
  readListState,
  toApiQuery,
  writeListState,
  type AgreementFilters,
  type AgreementListState,
  type SortField,
} from '../utils/list-query';
import { AgreementFiltersBar } from './agreement-filters';
import { AgreementFormDrawer } from './agreement-form-drawer';

type Agreement = Schemas['Agreement'];

function sortOrderOf(sort: string, field: SortField): 'ascend' | 'descend' | null {
  if (sort === field) {
    return 'ascend';
  }
  return sort === `-${field}` ? 'descend' : null;
}

/** The agreements in the caller's scope: filters, sort and page live in the address bar. */
export function AgreementsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = readListState(searchParams);
  const agreements = useAgreements(toApiQuery(state));
  const [creating, setCreating] = useState(false);

  // Read from the previous address, not this render's, so a change made by a delayed search box
  // keeps filters chosen meanwhile. Each change is a history entry: Back undoes it.
  const update = useCallback(
    (patch: Partial<AgreementListState>) =>
      setSearchParams((previous) => writeListState({ ...readListState(previous), page: 1, ...patch })),
    [setSearchParams],
  );

  const { page: _page, size: _size, sort: _sort, ...filters } = state;
  const anyFilter = Object.values(filters as AgreementFilters).some((value) => value !== undefined);

  const onTableChange: TableProps<Agreement>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'paginate') {
      const size = pagination.pageSize ?? state.size;
      update({ page: size === state.size ? (pagination.current ?? 1) : 1, size });
    } else if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = single?.columnKey as SortField | undefined;
      const sort = field && single?.order ? `${single.order === 'descend' ? '-' : ''}${field}` : DEFAULT_SORT;
      update({ sort });
    }
  };

  const columns: TableColumnsType<Agreement> = [
    {
      title: t('agreements.fields.organization'),
      key: 'organization',
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'organization'),
      render: (_, agreement) =>
        agreement.id !== undefined ? (
          <Link to={paths.agreement(agreement.id)}>{agreement.organization?.name}</Link>
        ) : (
          agreement.organization?.name
        ),
    },
    {
      title: t('agreements.fields.recipient'),
      key: 'recipient',
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'recipient'),
      render: (_, agreement) => recipientLabel(agreement.recipient),
    },
    {
      title: t('agreements.fields.district'),
      key: 'district',
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'district'),
      width: 140,
      render: (_, agreement) => <span style={{ whiteSpace: 'nowrap' }}>{agreement.district?.name}</span>,
    },
    {
      title: t('agreements.fields.period'),
      key: 'period',
      width: 110,
      render: (_, agreement) => agreement.period?.code,
    },
    {
      title: t('agreements.fields.dates'),
      key: 'startDate',
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'startDate'),
      width: 200,
      render: (_, agreement) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatDate(agreement.startDate)} – {formatDate(agreement.endDate) || t('agreements.openEnded')}
        </span>
      ),
    },
    {
      title: t('agreements.fields.status'),
      key: 'status',
      sorter: true,
      sortOrder: sortOrderOf(state.sort, 'status'),
      width: 140,
      render: (_, agreement) => <StatusTag kind="agreement" status={agreement.status} />,
    },
    {
      title: t('agreements.fields.documentNumber'),
      key: 'documentNumber',
      width: 140,
      render: (_, agreement) => agreement.documentNumber ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('agreements.title')}
        subtitle={t('agreements.subtitle')}
        extra={
          can('agreements.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('agreements.create')}
            </Button>
          )
        }
      />
      <AgreementFiltersBar
        filters={filters}
        onChange={update}
        onReset={() => setSearchParams(writeListState({ page: 1, size: state.size, sort: state.sort }))}
      />
      {agreements.isError && <ErrorAlert error={agreements.error} onRetry={() => agreements.refetch()} />}
      <Table<Agreement>
        rowKey="id"
        columns={columns}
        dataSource={agreements.data?.items}
        loading={agreements.isFetching}
        onChange={onTableChange}
        scroll={{ x: 1100 }}
        showSorterTooltip={false}
        pagination={{
          current: state.page,
          pageSize: state.size,
          total: agreements.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total) => t('common.total', { count: total }),
        }}
        locale={{
          emptyText: agreements.isError ? (
            <EmptyState compact description={t('agreements.loadFailed')} />
          ) : (
            <EmptyState compact description={anyFilter ? t('agreements.emptyFiltered') : t('agreements.empty')} />
          ),
        }}
      />
      <AgreementFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(agreement) => agreement.id !== undefined && navigate(paths.agreement(agreement.id))}
      />
    </>
  );
}
