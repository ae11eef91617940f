import { Flex, Select, Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import type { CoverageAgreementPage, CoverageAgreementRow } from '../types';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { COVERAGE_GAPS, INACTIVE_MONTH_CHOICES, PAGE_SIZE, type CoverageGap } from '../filters';
import { sortOf, sortOrderOf } from './sorting';

type AgreementRow = CoverageAgreementRow;
type ReportStatus = 'draft' | 'submitted' | 'returned' | 'accepted';

interface AgreementsTableProps {
  page: CoverageAgreementPage | undefined;
  loading: boolean;
  gap: CoverageGap | undefined;
  inactiveMonths: number;
  sort: string | undefined;
  pageNumber: number;
  onChange: (change: { page?: number; sort?: string; gap?: CoverageGap; inactiveMonths?: number }) => void;
}

function ReportCell({ report }: { report: AgreementRow['latestReport'] }) {
  const { t } = useTranslation();
  if (!report) {
    return <>{t('coverage.reportNone')}</>;
  }
  const label = report.excused
    ? t('coverage.reportExcused')
    : t(`coverage.reportStatus.${report.status as ReportStatus}`, { defaultValue: report.status });
  const colour = report.excused ? 'default' : report.submitted ? 'green' : 'red';
  return (
    <Flex vertical gap={2}>
      <Link to={paths.report(report.reportId)}>{report.reportingPeriodName}</Link>
      <Tag color={colour} style={{ width: 'fit-content' }}>
        {label}
      </Tag>
    </Flex>
  );
}

/** Active agreements and what they are missing: recent support, an agreed annual programme, a report. */
export function AgreementsTable(props: AgreementsTableProps) {
  const { page, loading, gap, inactiveMonths, sort, pageNumber, onChange } = props;
  const { t } = useTranslation();

  const handleChange: TableProps<AgreementRow>['onChange'] = (pagination, _filters, sorter, { action }) => {
    if (action === 'sort' && !Array.isArray(sorter)) {
      onChange({ sort: sortOf(sorter.field, sorter.order) });
    } else if (action === 'paginate') {
      onChange({ page: pagination.current ?? 1 });
    }
  };

  const planYear = page?.planYear;
  const columns: TableProps<AgreementRow>['columns'] = [
    {
      title: t('coverage.field.organization'),
      key: 'organization',
      dataIndex: 'organization',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'organization'),
      render: (_, row) => (
        <Flex vertical gap={2}>
          <Link to={paths.organizationProfile(row.organization.id)}>{row.organization.name}</Link>
          <Link to={paths.agreement(row.id)} style={{ fontSize: 12 }}>
            {row.documentNumber ?? `#${row.id}`}
          </Link>
        </Flex>
      ),
    },
    {
      title: t('coverage.field.recipient'),
      key: 'recipient',
      dataIndex: 'recipient',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'recipient'),
      render: (_, row) =>
        row.recipientLevel === 'commune' ? (
          <Link to={paths.communeProfile(row.recipient.id)}>{row.recipient.name}</Link>
        ) : (
          row.recipient.name
        ),
    },
    { title: t('coverage.field.district'), key: 'district', render: (_, row) => row.district.name },
    {
      title: t('coverage.field.lastSupport'),
      dataIndex: 'lastSupportDate',
      key: 'lastSupportDate',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'lastSupportDate'),
      render: (value: string | null | undefined, row) =>
        value ? (
          <>
            {formatDate(value)}
            <div style={{ fontSize: 12 }}>{t('coverage.months', { count: row.monthsSinceSupport ?? 0 })}</div>
          </>
        ) : (
          t('coverage.noSupport')
        ),
    },
    {
      title: t('coverage.field.plan', { year: planYear ?? '' }),
      dataIndex: 'agreedPlan',
      key: 'agreedPlan',
      render: (agreed: boolean) =>
        agreed ? <Tag color="green">{t('coverage.planAgreed')}</Tag> : <Tag color="red">{t('coverage.planMissing')}</Tag>,
    },
    {
      title: t('coverage.field.report'),
      key: 'report',
      render: (_, row) => <ReportCell report={row.latestReport} />,
    },
    {
      title: t('coverage.field.lastVisit'),
      dataIndex: 'lastVisitDate',
      key: 'lastVisitDate',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'lastVisitDate'),
      render: (value: string | null | undefined) => (value ? formatDate(value) : t('coverage.never')),
    },
    {
      title: t('coverage.field.gaps'),
      key: 'gaps',
      render: (_, row) => (
        <Flex gap={4} wrap>
          {row.gaps.map((code) => (
            <Tag key={code} color="red">
              {t(`coverage.gap.${code as CoverageGap}`)}
            </Tag>
          ))}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <Select<CoverageGap | 'all'>
          aria-label={t('coverage.gapLabel')}
          style={{ width: 260 }}
          value={gap ?? 'all'}
          onChange={(value) => onChange({ gap: value === 'all' ? undefined : value })}
          options={[
            { value: 'all', label: t('coverage.gap.all') },
            ...COVERAGE_GAPS.map((code) => ({ value: code, label: t(`coverage.gap.${code}`) })),
          ]}
        />
        <Select<number>
          aria-label={t('coverage.inactiveMonths')}
          style={{ width: 200 }}
          value={inactiveMonths}
          prefix={t('coverage.inactiveMonths')}
          onChange={(value) => onChange({ inactiveMonths: value })}
          options={[...new Set([...INACTIVE_MONTH_CHOICES, inactiveMonths])]
            .sort((a, b) => a - b)
            .map((months) => ({ value: months, label: t('coverage.monthsOption', { count: months }) }))}
        />
      </Flex>
      <Table<AgreementRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={page?.items ?? []}
        loading={loading}
        onChange={handleChange}
        scroll={{ x: 1100 }}
        locale={{ emptyText: <EmptyState description={t('coverage.empty.agreements')} compact /> }}
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
