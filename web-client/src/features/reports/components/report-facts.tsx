import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReportingPeriodStatusTag, ReportStatusTag, TimelinessTag } from '@/components/reporting-tags';
import { formatDate, formatDateTime } from '@/lib/format';
import type { Report } from '../types';

/** The period and the reporter, and where the report stands. */
export function ReportFacts({ report }: { report: Report }) {
  const { t } = useTranslation();
  const period = report.period;
  const items = [
    {
      key: 'period',
      label: t('reports.field.period'),
      children: (
        <>
          {period?.name} <ReportingPeriodStatusTag status={period?.status} />
        </>
      ),
    },
    {
      key: 'window',
      label: t('reports.field.window'),
      children: t('reports.windowRange', { from: formatDate(period?.windowStart), to: formatDate(period?.windowEnd) }),
    },
    { key: 'dueDate', label: t('reports.field.dueDate'), children: formatDate(period?.dueDate) },
    {
      key: 'reporter',
      label: t('reports.field.reporter'),
      children: `${report.reporter?.name ?? ''} (${t(`reporterKind.${report.reporterKind}` as 'reporterKind.district', { defaultValue: report.reporterKind ?? '' })})`,
    },
    {
      key: 'status',
      label: t('reports.field.status'),
      children: (
        <>
          <ReportStatusTag status={report.status} />
          <TimelinessTag timeliness={report.timeliness} daysLate={report.daysLate} />
        </>
      ),
    },
    { key: 'submissions', label: t('reports.field.submissionCount'), children: report.submissionCount ?? 0 },
    ...(report.firstSubmittedAt
      ? [{ key: 'first', label: t('reports.field.firstSubmittedAt'), children: formatDateTime(report.firstSubmittedAt) }]
      : []),
    ...(report.lastSubmittedAt && report.lastSubmittedAt !== report.firstSubmittedAt
      ? [{ key: 'last', label: t('reports.field.lastSubmittedAt'), children: formatDateTime(report.lastSubmittedAt) }]
      : []),
    ...(report.acceptedAt
      ? [{ key: 'accepted', label: t('reports.field.acceptedAt'), children: formatDateTime(report.acceptedAt) }]
      : []),
    ...(report.rosterSource === 'added'
      ? [{ key: 'added', label: t('reports.field.addedReason'), children: report.addedReason }]
      : []),
  ];
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
      items={items}
      style={{ marginBottom: 16 }}
    />
  );
}
