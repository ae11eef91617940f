import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/money';
import { formatShare } from '@/components/stats-breakdown';
import { formatNumber } from '@/lib/format';
import type { SupportFiguresOfStats } from '@/lib/stats';

/** The headline figures of the view: all of them are the API's totals, none added up here. */
export function KpiCards({ total, loading }: { total: SupportFiguresOfStats | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const card = (key: string, title: string, value: React.ReactNode, hint?: React.ReactNode) => (
    <Col xs={24} sm={12} lg={8} xxl={4} key={key}>
      <Card size="small" style={{ height: '100%' }}>
        {loading && !total ? (
          <Skeleton active paragraph={{ rows: 1 }} title={false} />
        ) : (
          <Statistic title={title} valueRender={() => <span data-testid={`kpi-${key}`}>{value}</span>} />
        )}
        {hint && <div style={{ color: 'rgba(0,0,0,0.65)', fontSize: 13, marginTop: 4 }}>{hint}</div>}
      </Card>
    </Col>
  );
  const value = total?.valueVnd;
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} role="region" aria-label={t('dashboard.kpi.label')}>
      {card('value', t('dashboard.kpi.value'), <Money value={value} strong />)}
      {card('records', t('dashboard.kpi.records'), formatNumber(total?.records))}
      {card(
        'households',
        t('dashboard.kpi.beneficiaries'),
        formatNumber(total?.households),
        t('dashboard.kpi.beneficiariesHint', {
          people: formatNumber(total?.people),
          students: formatNumber(total?.students),
        }),
      )}
      {card('cash', t('dashboard.kpi.cash'), formatShare(total?.cashVnd, value) || '—', <Money value={total?.cashVnd} />)}
      {card(
        'inKind',
        t('dashboard.kpi.inKind'),
        formatShare(total?.inKindVnd, value) || '—',
        <Money value={total?.inKindVnd} />,
      )}
      {card(
        'confirmed',
        t('dashboard.kpi.confirmed'),
        formatShare(total?.confirmedVnd, value) || '—',
        <Money value={total?.confirmedVnd} />,
      )}
    </Row>
  );
}
