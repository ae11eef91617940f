import { Table, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { StatusTag } from '@/components/status-tag';
import type { Schemas } from '@/lib/api/client';
import { formatDate, ISO_DATE_FORMAT } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useActionPoints } from '../api/get-action-points';
import { DEFAULT_PAGE_SIZE } from '../filters';
import { DueDate } from './due-date';
import { PartiesCell } from '@/components/parties';
import { VisitsNav } from './visits-nav';

type OverduePoint = Schemas['ActionPointListItem'];

function daysLate(dueDate: string | undefined): number {
  return dueDate ? dayjs().startOf('day').diff(dayjs(dueDate, ISO_DATE_FORMAT), 'day') : 0;
}

/** `/visits/overdue`: what visits asked to be done and is late, across every visit in the user's scope. */
export function OverdueActionPointsPage() {
  const { t } = useTranslation();
  const [paging, setPaging] = useState({ page: 1, size: DEFAULT_PAGE_SIZE });
  const points = useActionPoints({ overdue: true, page: paging.page - 1, size: paging.size });

  const columns: TableProps<OverduePoint>['columns'] = [
    { title: t('visits.actionPoint.description'), dataIndex: 'description', key: 'description' },
    { title: t('visits.actionPoint.owner'), dataIndex: 'owner', key: 'owner', width: 200 },
    {
      title: t('visits.actionPoint.dueDate'),
      key: 'dueDate',
      width: 170,
      render: (_, point) => (
        <>
          <DueDate dueDate={point.dueDate} overdue={point.overdue} />
          <Typography.Text type="danger" style={{ fontSize: 12 }}>
            {t('visits.overdue.daysLate', { count: daysLate(point.dueDate) })}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('visits.actionPoint.status'),
      key: 'status',
      width: 140,
      render: (_, point) => <StatusTag kind="actionPoint" status={point.status} />,
    },
    {
      title: t('visits.field.parties'),
      key: 'parties',
      width: 260,
      render: (_, point) => <PartiesCell agreement={point.agreement} />,
    },
    {
      title: t('visits.actionPoint.visit'),
      key: 'visit',
      width: 190,
      render: (_, point) =>
        point.visit?.id !== undefined && (
          <Link to={paths.visit(point.visit.id)}>
            {t('visits.actionPoint.visitOn', { date: formatDate(point.visit.visitDate) })}
          </Link>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('visits.overdue.title')} subtitle={t('visits.overdue.subtitle')} />
      <div style={{ marginBottom: 16 }}>
        <VisitsNav current="overdue" />
      </div>
      {points.isError && <ErrorAlert error={points.error} onRetry={() => points.refetch()} />}
      <Table<OverduePoint>
        rowKey="id"
        size="middle"
        loading={points.isFetching}
        dataSource={points.data?.items}
        columns={columns}
        scroll={{ x: 1200 }}
        locale={{ emptyText: <EmptyState compact description={t('visits.overdue.empty')} /> }}
        onChange={(pagination) =>
          setPaging({ page: pagination.current ?? 1, size: pagination.pageSize ?? DEFAULT_PAGE_SIZE })
        }
        pagination={{
          current: paging.page,
          pageSize: paging.size,
          total: points.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { count: total }),
        }}
      />
    </>
  );
}
