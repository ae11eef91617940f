import { Alert, Card, Col, Flex, Progress, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import { formatDateTime } from '@/lib/format';
import { useCan } from '@/lib/me';
import { useCompleteness } from '../api/get-completeness';
import type { Counts, ReportingPeriod } from '../types';
import { COUNT_CARDS, formatRate } from '../utils/completeness';
import { CompletenessGroupsTable } from './completeness-groups-table';
import { FollowUpActions } from './follow-up-actions';
import { ReportersWorklist } from './reporters-worklist';

/** Tones of the count cards that call for action; the label always says what the number is. */
const alarming: Partial<Record<keyof Counts, string>> = { overdue: '#9b1c1c', returned: '#9b1c1c', late: '#744700' };

/** "Tình hình nộp báo cáo": the counts, by district and kind of unit, and the worklist of reporters. */
export function CompletenessTab({ period }: { period: ReportingPeriod }) {
  const { t } = useTranslation();
  const can = useCan();
  const planned = period.status === 'planned';
  const completeness = useCompleteness(period.id ?? 0, !planned);

  if (planned) {
    return <Alert type="info" showIcon title={t('reporting.notOpenYet')} />;
  }
  if (completeness.isPending) {
    return <LoadingState />;
  }
  if (completeness.isError) {
    return <ErrorAlert error={completeness.error} onRetry={() => completeness.refetch()} />;
  }
  const data = completeness.data;
  const totals = data.totals ?? {};
  const manage = can('reporting.manage') && period.status === 'open';

  return (
    <>
      {can('reporting.manage') && <FollowUpActions period={period} canChangeRoster={manage} />}
      <section aria-label={t('reporting.counts.label')} style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          {COUNT_CARDS.map((key) => (
            <Col key={key} xs={12} sm={8} md={6} xl={3}>
              <Card size="small" style={{ height: '100%' }}>
                <Statistic
                  title={t(`reporting.counts.${key}`)}
                  value={totals[key] ?? 0}
                  styles={{ content: { color: (totals[key] ?? 0) > 0 ? alarming[key] : undefined, fontSize: 22 } }}
                />
              </Card>
            </Col>
          ))}
        </Row>
        <Card size="small" style={{ marginTop: 12 }}>
          <Flex align="center" gap={16} wrap>
            <Typography.Text strong id="submitted-rate-label">
              {t('reporting.counts.rate')}
            </Typography.Text>
            <Progress
              aria-labelledby="submitted-rate-label"
              percent={totals.submittedRate ?? 0}
              format={() => formatRate(totals.submittedRate)}
              style={{ flex: '1 1 240px', margin: 0 }}
            />
            {data.asOf && (
              <Typography.Text type="secondary">
                {t('reporting.counts.asOf', { date: formatDateTime(data.asOf) })}
              </Typography.Text>
            )}
          </Flex>
        </Card>
      </section>
      <Row gutter={[16, 0]}>
        <Col xs={24} xxl={12}>
          <CompletenessGroupsTable caption={t('reporting.groups.byDistrict')} groups={data.byDistrict} />
        </Col>
        <Col xs={24} xxl={12}>
          <CompletenessGroupsTable
            caption={t('reporting.groups.byOrganizationKind')}
            groups={data.byOrganizationKind}
            translateKey={(key) => t(`orgKind.${key}` as 'orgKind.other', { defaultValue: '' })}
          />
        </Col>
      </Row>
      <ReportersWorklist rows={data.reporters ?? []} canChangeRoster={manage} />
    </>
  );
}
