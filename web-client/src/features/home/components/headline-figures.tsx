import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { formatNumber, formatVnd } from '@/lib/format';
import { useAgreementsInScope } from '../api/get-agreements-in-scope';
import { useSupportTotals } from '../api/get-support-totals';
import { agreementFigures, yearRange } from './figures';

interface FigureProps {
  title: string;
  loading: boolean;
  /** A count, or an amount already formatted (antd would group its digits the English way). */
  value: number | string;
  note?: ReactNode;
}

function Figure({ title, loading, value, note }: FigureProps) {
  return (
    <Col xs={24} sm={12} xl={6}>
      <Card style={{ height: '100%' }}>
        <Statistic title={title} loading={loading} value={value} formatter={() => <span style={{ whiteSpace: 'nowrap' }}>{value}</span>} />
        {note && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {note}
          </Typography.Text>
        )}
      </Card>
    </Col>
  );
}

/** The scope at a glance: agreements, communes helped, and VND given this year and overall. */
export function HeadlineFigures({ year }: { year: number }) {
  const { t } = useTranslation();
  const agreements = useAgreementsInScope();
  const [from, to] = yearRange(year);
  const thisYear = useSupportTotals(from, to);
  const overall = useSupportTotals();
  const figures = agreements.data ? agreementFigures(agreements.data.items) : undefined;
  const error = agreements.error ?? thisYear.error ?? overall.error;

  return (
    <section aria-label={t('home.figures.label')} style={{ marginBottom: 24 }}>
      {error && (
        <ErrorAlert
          error={error}
          onRetry={() => Promise.all([agreements.refetch(), thisYear.refetch(), overall.refetch()])}
        />
      )}
      <Row gutter={[16, 16]}>
        <Figure
          title={t('home.figures.activeAgreements')}
          loading={agreements.isPending}
          value={figures?.active ?? 0}
          note={agreements.data && t('home.figures.ofAgreements', { total: formatNumber(agreements.data.total) })}
        />
        <Figure
          title={t('home.figures.communesCovered')}
          loading={agreements.isPending}
          value={figures?.communesCovered ?? 0}
          note={t('home.figures.communesCoveredNote')}
        />
        <Figure
          title={t('home.figures.givenThisYear', { year })}
          loading={thisYear.isPending}
          value={formatVnd(thisYear.data?.valueVnd ?? 0)}
          note={thisYear.data && t('home.figures.records', { records: formatNumber(thisYear.data.count ?? 0) })}
        />
        <Figure
          title={t('home.figures.givenOverall')}
          loading={overall.isPending}
          value={formatVnd(overall.data?.valueVnd ?? 0)}
          note={
            overall.data &&
            t('home.figures.recordsAndHouseholds', {
              records: formatNumber(overall.data.count ?? 0),
              households: formatNumber(overall.data.beneficiaryHouseholds ?? 0),
            })
          }
        />
      </Row>
    </section>
  );
}
