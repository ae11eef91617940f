import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Select, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { ReportingPeriodStatusTag } from '@/components/reporting-tags';
import { formatDate } from '@/lib/format';
import { useCan } from '@/lib/me';
import { paths } from '@/lib/paths';
import { useReportingPeriods } from '../api/get-reporting-periods';
import type { ReportingPeriod } from '../types';
import { PeriodFormDrawer } from './period-form-drawer';
import { PeriodStepButtons } from './period-step-buttons';
import { RegimesSection } from './regimes-section';

const STATUSES = ['planned', 'open', 'closed'] as const;

/** `/reporting`: the province's reporting periods, newest first, with their progress. */
export function ReportingPeriodsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const manage = can('reporting.manage');
  const [year, setYear] = useState<number>();
  const [status, setStatus] = useState<string>();
  const [page, setPage] = useState({ current: 1, size: 20 });
  const list = useReportingPeriods({ year, status, page: page.current - 1, size: page.size });
  const [creating, setCreating] = useState(false);

  const columns: TableProps<ReportingPeriod>['columns'] = [
    {
      title: t('reporting.field.name'),
      key: 'name',
      render: (_, period) => <Link to={paths.reportingPeriod(period.id ?? 0)}>{period.name}</Link>,
    },
    { title: t('reporting.field.year'), dataIndex: 'year', key: 'year', width: 80 },
    { title: t('reporting.field.regime'), key: 'regime', width: 160, render: (_, period) => period.regimeName ?? period.regime },
    {
      title: t('reporting.field.window'),
      key: 'window',
      width: 200,
      render: (_, period) => `${formatDate(period.windowStart)} – ${formatDate(period.windowEnd)}`,
    },
    { title: t('reporting.field.dueDate'), key: 'dueDate', width: 110, render: (_, period) => formatDate(period.dueDate) },
    {
      title: t('reporting.field.status'),
      key: 'status',
      width: 110,
      render: (_, period) => <ReportingPeriodStatusTag status={period.status} />,
    },
    {
      title: t('reporting.field.submitted'),
      key: 'submitted',
      width: 130,
      align: 'right',
      render: (_, period) =>
        period.status === 'planned'
          ? '—'
          : t('reporting.submittedOf', { submitted: period.submittedCount ?? 0, expected: period.reportCount ?? 0 }),
    },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 130,
            render: (_: unknown, period: ReportingPeriod) => (
              <PeriodStepButtons period={period} size="small" onReload={() => list.refetch()} />
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('reporting.title')}
        subtitle={t('reporting.subtitle')}
        extra={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('reporting.create')}
            </Button>
          )
        }
      />
      <Flex wrap gap={8} role="search" aria-label={t('reporting.filter.label')} style={{ marginBottom: 16 }}>
        <InputNumber
          aria-label={t('reporting.filter.year')}
          placeholder={t('reporting.filter.year')}
          min={2000}
          max={2100}
          value={year}
          onChange={(value) => {
            setYear(value ?? undefined);
            setPage((current) => ({ ...current, current: 1 }));
          }}
          style={{ width: 120 }}
        />
        <Select
          allowClear
          aria-label={t('reporting.filter.status')}
          placeholder={t('reporting.filter.status')}
          style={{ width: 180 }}
          value={status}
          onChange={(value?: string) => {
            setStatus(value);
            setPage((current) => ({ ...current, current: 1 }));
          }}
          options={STATUSES.map((code) => ({ value: code, label: t(`status.reportingPeriod.${code}`) }))}
        />
      </Flex>
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      <Table<ReportingPeriod>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        columns={columns}
        scroll={{ x: manage ? 1150 : 1020 }}
        locale={{ emptyText: <EmptyState compact description={t('reporting.empty')} /> }}
        onChange={(pagination) => setPage({ current: pagination.current ?? 1, size: pagination.pageSize ?? 20 })}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { count: total }),
        }}
      />
      {manage && <PeriodFormDrawer open={creating} onClose={() => setCreating(false)} />}
      {can('reporting.regimes') && <RegimesSection />}
    </>
  );
}
