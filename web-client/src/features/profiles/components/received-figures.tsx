import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/money';
import { formatNumber } from '@/lib/format';
import type { SupportFiguresOfStats } from '@/lib/stats';

/** The API's totals for a profile: value, records and beneficiaries. */
export function ReceivedFigures({ total, loading }: { total: SupportFiguresOfStats | undefined; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 8]} style={{ marginBottom: 16 }}>
      <Col xs={24} sm={12} lg={6}>
        <Statistic
          loading={loading && !total}
          title={t('profiles.totalValue')}
          valueRender={() => (
            <span data-testid="profile-total">
              <Money value={total?.valueVnd} strong />
            </span>
          )}
        />
      </Col>
      <Col xs={12} sm={6} lg={4}>
        <Statistic loading={loading && !total} title={t('stats.records')} valueRender={() => formatNumber(total?.records)} />
      </Col>
      <Col xs={12} sm={6} lg={4}>
        <Statistic loading={loading && !total} title={t('figures.households')} valueRender={() => formatNumber(total?.households)} />
      </Col>
      <Col xs={12} sm={6} lg={4}>
        <Statistic loading={loading && !total} title={t('figures.people')} valueRender={() => formatNumber(total?.people)} />
      </Col>
      <Col xs={12} sm={6} lg={4}>
        <Statistic loading={loading && !total} title={t('figures.students')} valueRender={() => formatNumber(total?.students)} />
      </Col>
    </Row>
  );
}
