import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { formatNumber, formatVnd } from '@/lib/format';
import { useSupportTotals } from '../api/get-support-totals';
import type { SupportTotalsQuery } from '../filters';

/** The sums over every record the filters match, not only the page on screen. */
export function SupportTotals({ query }: { query: SupportTotalsQuery }) {
  const { t } = useTranslation();
  const totals = useSupportTotals(query);

  if (totals.isError) {
    return <ErrorAlert error={totals.error} onRetry={() => totals.refetch()} />;
  }
  const data = totals.data;
  const loading = totals.isPending;
  const vnd = (value: number | undefined) => () => formatVnd(value ?? 0);

  return (
    <section aria-label={t('support.totals.label')} style={{ marginBottom: 16 }}>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic
              title={t('support.totals.count')}
              loading={loading}
              value={data?.count ?? 0}
              formatter={() => formatNumber(data?.count ?? 0)}
            />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={6}>
          <Card size="small">
            <Statistic
              title={t('support.totals.value')}
              loading={loading}
              value={data?.valueVnd ?? 0}
              formatter={vnd(data?.valueVnd)}
              styles={{ content: { fontWeight: 600 } }}
            />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic
              title={t('support.totals.cash')}
              loading={loading}
              value={data?.cashVnd ?? 0}
              formatter={vnd(data?.cashVnd)}
            />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic
              title={t('support.totals.inKind')}
              loading={loading}
              value={data?.inKindVnd ?? 0}
              formatter={vnd(data?.inKindVnd)}
            />
          </Card>
        </Col>
        <Col xs={24} md={16} xl={6}>
          <Card size="small" style={{ height: '100%' }}>
            <Typography.Text type="secondary">{t('support.totals.beneficiaries')}</Typography.Text>
            {!loading && (
              <div style={{ marginTop: 4 }}>
                {[
                  t('support.totals.households', { value: formatNumber(data?.beneficiaryHouseholds ?? 0) }),
                  t('support.totals.people', { value: formatNumber(data?.beneficiaryPeople ?? 0) }),
                  t('support.totals.students', { value: formatNumber(data?.beneficiaryStudents ?? 0) }),
                ].join(' · ')}
              </div>
            )}
          </Card>
        </Col>
      </Row>
    </section>
  );
}
