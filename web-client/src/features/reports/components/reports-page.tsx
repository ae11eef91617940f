import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { ReportStatusTag, TimelinessTag } from '@/components/reporting-tags';
import { SearchInput } from '@/components/search-input';
import { formatDate, formatDateTime } from '@/lib/format';
import { useMe } from '@/lib/me';
import { paths } from '@/lib/paths';
import { useReportingPeriods } from '../api/get-reporting-periods';
import { useReports } from '../api/get-reports';
import {
  changeReportFilters,
  parseReportFilters,
  REPORT_STATUSES,
  REPORTER_KINDS,
  reportFiltersToParams,
  TIMELINESS,
  toReportQuery,
  type ReportFilters,
} from '../filters';
import type { ReportListItem } from '../types';

const selectWidth = { width: 200 };

/**
 * `/reports`. A unit or district sees its own reports, one per period; the province sees every
 * report, with filters. The filters live in the address (`/reports?status=submitted` is linked
 * from the home page).
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const filters = parseReportFilters(params);
  const own = me?.scope?.kind === 'organization' || me?.scope?.kind === 'district';
  const list = useReports(toReportQuery(filters));
  const periods = useReportingPeriods();
  const change = (next: Partial<ReportFilters>) => setParams(reportFiltersToParams(changeReportFilters(filters, next)));
  const hasFilters = Object.entries(filters).some(([key, value]) => !['page', 'size'].includes(key) && value !== undefined);

  const handleChange: TableProps<ReportListItem>['onChange'] = (pagination, _filters, _sorter, { action }) => {
    if (action === 'paginate') {
      change({ page: pagination.current ?? 1, size: pagination.pageSize ?? filters.size });
    }
  };

  const columns: TableProps<ReportListItem>['columns'] = [
    {
      title: t('reports.field.period'),
      key: 'period',
      width: 220,
      render: (_, report) => (
        <Link to={paths.report(report.id ?? 0)}>{report.period?.name ?? t('reports.open')}</Link>
      ),
    },
    ...(own
      ? []
      : [
          {
            title: t('reports.field.reporter'),
            key: 'reporter',
            width: 260,
            render: (_: unknown, report: ReportListItem) => (
              <>
                <div>{report.reporter?.name}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`reporterKind.${report.reporterKind}` as 'reporterKind.district', { defaultValue: '' })}
                </Typography.Text>
              </>
            ),
          },
        ]),
    {
      title: t('reports.field.dueDate'),
      key: 'dueDate',
      width: 120,
      render: (_, report) => formatDate(report.period?.dueDate),
    },
    {
      title: t('reports.field.status'),
      key: 'status',
      width: 140,
      render: (_, report) => <ReportStatusTag status={report.status} />,
    },
    {
      title: t('reports.field.timeliness'),
      key: 'timeliness',
      width: 170,
      render: (_, report) => <TimelinessTag timeliness={report.timeliness} daysLate={report.daysLate} />,
    },
    {
      title: t('reports.field.lastSubmittedAt'),
      key: 'lastSubmittedAt',
      width: 150,
      render: (_, report) => formatDateTime(report.lastSubmittedAt),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      render: (_, report) => (
        <Link to={paths.report(report.id ?? 0)} aria-label={`${t('reports.open')}: ${report.reporter?.name ?? ''} ${report.period?.name ?? ''}`}>
          {t('reports.open')}
        </Link>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={own ? t('reports.mineTitle') : t('reports.title')}
        subtitle={own ? t('reports.mineSubtitle', { scope: me?.scope?.name ?? '' }) : t('reports.allSubtitle')}
      />
      <Flex wrap gap={8} role="search" aria-label={t('reports.filter.label')} style={{ marginBottom: 16 }}>
        {!own && (
          <SearchInput
            value={filters.q}
            onSearch={(q) => change({ q })}
            placeholder={t('reports.filter.search')}
            style={{ width: 320 }}
          />
        )}
        <Select
          allowClear
          aria-label={t('reports.filter.period')}
          placeholder={t('reports.filter.period')}
          style={{ width: 240 }}
          loading={periods.isPending}
          value={filters.periodId}
          onChange={(periodId?: number) => change({ periodId })}
          options={[...(periods.data ?? [])]
            .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || (b.id ?? 0) - (a.id ?? 0))
            .map((period) => ({ value: period.id, label: period.name }))}
        />
        <Select
          allowClear
          aria-label={t('reports.filter.status')}
          placeholder={t('reports.filter.status')}
          style={selectWidth}
          value={filters.status}
          onChange={(status?: ReportFilters['status']) => change({ status })}
          options={REPORT_STATUSES.map((status) => ({ value: status, label: t(`status.report.${status}`) }))}
        />
        <Select
          allowClear
          aria-label={t('reports.filter.timeliness')}
          placeholder={t('reports.filter.timeliness')}
          style={selectWidth}
          value={filters.timeliness}
          onChange={(timeliness?: ReportFilters['timeliness']) => change({ timeliness })}
          options={TIMELINESS.map((timeliness) => ({ value: timeliness, label: t(`timeliness.${timeliness}`) }))}
        />
        {!own && (
          <Select
            allowClear
            aria-label={t('reports.filter.reporterKind')}
            placeholder={t('reports.filter.reporterKind')}
            style={selectWidth}
            value={filters.reporterKind}
            onChange={(reporterKind?: ReportFilters['reporterKind']) => change({ reporterKind })}
            options={REPORTER_KINDS.map((kind) => ({ value: kind, label: t(`reporterKind.${kind}`) }))}
          />
        )}
        {hasFilters && (
          <Button
            icon={<ClearOutlined />}
            onClick={() =>
              change({
                periodId: undefined,
                status: undefined,
                timeliness: undefined,
                reporterKind: undefined,
                organizationId: undefined,
                districtId: undefined,
                q: undefined,
              })
            }
          >
            {t('reports.filter.clear')}
          </Button>
        )}
      </Flex>
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      <Table<ReportListItem>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        columns={columns}
        onChange={handleChange}
        scroll={{ x: own ? 860 : 1120 }}
        locale={{ emptyText: <EmptyState compact description={t('reports.empty')} /> }}
        pagination={{
          current: filters.page,
          pageSize: filters.size,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('common.total', { count: total }),
        }}
      />
    </>
  );
}
