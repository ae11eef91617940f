import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CoverageView } from '../types';

interface HeadlineCardsProps {
  headline: CoverageView;
}

function Figure({ title, hint, danger }: { title: string; hint?: string; danger: boolean }) {
  return (
    <Card size="small" style={{ height: '100%', borderLeft: `4px solid ${danger ? '#cf1322' : '#389e0d'}` }}>
      <Typography.Text strong style={{ fontSize: 15 }}>
        {title}
      </Typography.Text>
      {hint && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
          {hint}
        </Typography.Text>
      )}
    </Card>
  );
}

/** The page's answer at a glance: who still has no partner, who does not take part, what is inactive. */
export function HeadlineCards({ headline }: HeadlineCardsProps) {
  const { t } = useTranslation();
  const { communes, organizations, agreements } = headline;
  return (
    <section aria-label={t('coverage.headline.label')} style={{ marginBottom: 16 }}>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12} xl={6}>
          <Figure
            danger={communes.withoutPartner > 0}
            title={t('coverage.headline.uncovered', {
              uncovered: communes.withoutPartner,
              total: communes.especiallyDifficult,
            })}
            hint={
              communes.onlyDistrictTwinning > 0
                ? t('coverage.headline.uncoveredHint', { count: communes.onlyDistrictTwinning })
                : undefined
            }
          />
        </Col>
        {organizations && (
          <Col xs={24} md={12} xl={6}>
            <Figure
              danger={organizations.withoutAgreement > 0}
              title={t('coverage.headline.organizations', {
                count: organizations.withoutAgreement,
                total: organizations.total,
              })}
              hint={
                organizations.onlyProposed > 0
                  ? t('coverage.headline.organizationsHint', { count: organizations.onlyProposed })
                  : undefined
              }
            />
          </Col>
        )}
        <Col xs={24} md={12} xl={organizations ? 4 : 6}>
          <Figure
            danger={agreements.noRecentSupport > 0}
            title={t('coverage.headline.noRecentSupport', {
              count: agreements.noRecentSupport,
              total: agreements.active,
              months: headline.inactiveMonths,
            })}
          />
        </Col>
        <Col xs={24} md={12} xl={organizations ? 4 : 6}>
          <Figure
            danger={agreements.noAgreedPlan > 0}
            title={t('coverage.headline.noAgreedPlan', {
              count: agreements.noAgreedPlan,
              total: agreements.active,
              year: headline.planYear,
            })}
          />
        </Col>
        <Col xs={24} md={12} xl={organizations ? 4 : 6}>
          <Figure
            danger={agreements.noReport > 0}
            title={t('coverage.headline.noReport', { count: agreements.noReport, total: agreements.active })}
          />
        </Col>
      </Row>
    </section>
  );
}
