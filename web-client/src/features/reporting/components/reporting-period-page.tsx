import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import { PageHeader } from '@/components/page-header';
import { ReportingPeriodStatusTag } from '@/components/reporting-tags';
import { formatDate, formatDateTime } from '@/lib/format';
import { useCan } from '@/lib/me';
import type { ReportingPeriodTabKey } from '@/lib/paths';
import { useReportingPeriod } from '../api/get-reporting-period';
import type { ReportingPeriod } from '../types';
import { CompletenessTab } from './completeness-tab';
import { PeriodEditDrawer } from './period-edit-drawer';
import { PeriodReportsTab } from './period-reports-tab';
import { PeriodStepButtons } from './period-step-buttons';
import { SummaryTab } from './summary-tab';

const TABS: ReportingPeriodTabKey[] = ['completeness', 'reports', 'summary'];

function periodIdOf(param: string | undefined): number | undefined {
  return param && /^[1-9]\d{0,15}$/.test(param) ? Number(param) : undefined;
}

/** `/reporting/:periodId`: a period's facts, then completeness, its reports and the summary. */
export function ReportingPeriodPage() {
  const { t } = useTranslation();
  const periodId = periodIdOf(useParams().periodId);
  const period = useReportingPeriod(periodId);

  if (periodId === undefined) {
    return <ErrorAlert error={new Error(t('app.notFound'))} />;
  }
  if (period.isPending) {
    return <LoadingState />;
  }
  if (period.isError) {
    return <ErrorAlert error={period.error} onRetry={() => period.refetch()} />;
  }
  return <PeriodView period={period.data} onReload={() => period.refetch()} />;
}

function PeriodView({ period, onReload }: { period: ReportingPeriod; onReload: () => unknown }) {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as ReportingPeriodTabKey | null;
  const tab: ReportingPeriodTabKey = requested && TABS.includes(requested) ? requested : 'completeness';
  const periodId = period.id ?? 0;
  const planned = period.status === 'planned';
  const manage = can('reporting.manage');
  const [editing, setEditing] = useState(false);

  const facts = [
    { key: 'regime', label: t('reporting.field.regime'), children: period.regimeName ?? period.regime },
    { key: 'year', label: t('reporting.field.year'), children: period.year },
    {
      key: 'window',
      label: t('reporting.field.window'),
      children: `${formatDate(period.windowStart)} – ${formatDate(period.windowEnd)}`,
    },
    { key: 'opensOn', label: t('reporting.field.opensOn'), children: formatDate(period.opensOn) },
    { key: 'dueDate', label: t('reporting.field.dueDate'), children: <strong>{formatDate(period.dueDate)}</strong> },
    { key: 'status', label: t('reporting.field.status'), children: <ReportingPeriodStatusTag status={period.status} /> },
    ...(planned
      ? []
      : [
          {
            key: 'submitted',
            label: t('reporting.field.submitted'),
            children: t('reporting.submittedOf', { submitted: period.submittedCount ?? 0, expected: period.reportCount ?? 0 }),
          },
        ]),
    ...(period.openedAt
      ? [{ key: 'openedAt', label: t('reporting.field.openedAt'), children: `${formatDateTime(period.openedAt)} · ${period.openedBy ?? ''}` }]
      : []),
    ...(period.closedAt
      ? [{ key: 'closedAt', label: t('reporting.field.closedAt'), children: `${formatDateTime(period.closedAt)} · ${period.closedBy ?? ''}` }]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={period.name ?? t('reporting.title')}
        extra={
          manage && (
            <Flex gap={8} wrap>
              {period.status !== 'closed' && (
                <Button
                  icon={<EditOutlined />}
                  aria-label={t('reporting.edit.buttonOf', { name: period.name ?? '' })}
                  onClick={() => setEditing(true)}
                >
                  {t('reporting.edit.button')}
                </Button>
              )}
              <PeriodStepButtons period={period} onReload={onReload} />
            </Flex>
          )
        }
      />
      {manage && period.status !== 'closed' && (
        <PeriodEditDrawer period={period} open={editing} onClose={() => setEditing(false)} onReload={onReload} />
      )}
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 1, md: 2, lg: 3, xl: 3, xxl: 4 }}
        items={facts}
        style={{ marginBottom: 16 }}
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          const next = new URLSearchParams(params);
          if (key === 'completeness') {
            next.delete('tab');
          } else {
            next.set('tab', key);
          }
          setParams(next, { replace: true });
        }}
        destroyOnHidden
        items={[
          {
            key: 'completeness',
            label: t('reporting.tabs.completeness'),
            children: <CompletenessTab period={period} />,
          },
          { key: 'reports', label: t('reporting.tabs.reports'), children: <PeriodReportsTab periodId={periodId} /> },
          { key: 'summary', label: t('reporting.tabs.summary'), children: <SummaryTab period={period} /> },
        ]}
      />
    </>
  );
}
