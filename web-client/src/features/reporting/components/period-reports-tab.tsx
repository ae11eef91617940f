import { Flex, Select, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { ReportStatusTag, TimelinessTag } from '@/components/reporting-tags';
import { formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { usePeriodReports } from '../api/get-period-reports';
import type { PeriodReport } from '../types';

const STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;

/** The period's reports, with a status filter (submitted ones are those waiting for the province). */
export function PeriodReportsTab({ periodId }: { periodId: number }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>();
  const [page, setPage] = useState({ current: 1, size: 50 });
  const reports = usePeriodReports({ periodId, status, page: page.current - 1, size: page.size });

  const columns: TableProps<PeriodReport>['columns'] = [
    {
      title: t('reports.field.reporter'),
      key: 'reporter',
      render: (_, report) => (
        <>
          <Link to={paths.report(report.id ?? 0)}>{report.reporter?.name}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`reporterKind.${report.reporterKind}` as 'reporterKind.district', { defaultValue: '' })}
            </Typography.Text>
          </div>
        </>
      ),
    },
    { title: t('reports.field.status'), key: 'status', width: 140, render: (_, report) => <ReportStatusTag status={report.status} /> },
    {
      title: t('reports.field.timeliness'),
      key: 'timeliness',
      width: 170,
      render: (_, report) => <TimelinessTag timeliness={report.timeliness} daysLate={report.daysLate} />,
    },
    { title: t('reports.field.submissionCount'), dataIndex: 'submissionCount', key: 'submissionCount', width: 110, align: 'right' },
    {
      title: t('reports.field.lastSubmittedAt'),
      key: 'lastSubmittedAt',
      width: 160,
      render: (_, report) => formatDateTime(report.lastSubmittedAt),
    },
  ];

  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          aria-label={t('reporting.periodReports.filterStatus')}
          placeholder={t('reporting.periodReports.filterStatus')}
          style={{ width: 220 }}
          value={status}
          onChange={(value?: string) => {
            setStatus(value);
            setPage((current) => ({ ...current, current: 1 }));
          }}
          options={STATUSES.map((code) => ({ value: code, label: t(`status.report.${code}`) }))}
        />
      </Flex>
      {reports.isError && <ErrorAlert error={reports.error} onRetry={() => reports.refetch()} />}
      <Table<PeriodReport>
        rowKey="id"
        size="small"
        loading={reports.isFetching}
        dataSource={reports.data?.items}
        columns={columns}
        scroll={{ x: 840 }}
        onChange={(pagination) => setPage({ current: pagination.current ?? 1, size: pagination.pageSize ?? 50 })}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: reports.data?.total ?? 0,
          showTotal: (total) => t('common.total', { count: total }),
        }}
        locale={{ emptyText: <EmptyState compact description={t('reporting.periodReports.empty')} /> }}
      />
    </>
  );
}
