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
  const figures = [
    { key: 'count', span: 3, title: t('support.totals.count'), text: formatNumber(data?.count ?? 0) },
    { key: 'value', span: 6, title: t('support.totals.value'), text: formatVnd(data?.valueVnd ?? 0), strong: true },
    { key: 'cash', span: 5, title: t('support.totals.cash'), text: formatVnd(data?.cashVnd ?? 0) },
    { key: 'inKind', span: 5, title: t('support.totals.inKind'), text: formatVnd(data?.inKindVnd ?? 0) },
  ];

  return (
    <section aria-label={t('support.totals.label')} style={{ marginBottom: 16 }}>
      <Row gutter={[12, 12]}>
        {figures.map((figure) => (
          <Col key={figure.key} xs={12} md={8} xl={figure.span}>
            <Card size="small" style={{ height: '100%' }}>
              <Statistic
                title={figure.title}
                loading={loading}
                value={figure.text}
                formatter={() => figure.text}
                styles={{ content: { fontSize: 22, fontWeight: figure.strong ? 600 : undefined, whiteSpace: 'nowrap' } }}
              />
            </Card>
          </Col>
        ))}
        <Col xs={24} md={16} xl={5}>
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
