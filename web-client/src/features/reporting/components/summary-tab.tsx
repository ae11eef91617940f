import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Card, Col, Collapse, Descriptions, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import { Money } from '@/components/money';
import { FigureLinesTable, FigureTotal, type FigureDimension } from '@/components/support-figures';
import { TimelinessTag } from '@/components/reporting-tags';
import { formatDate, formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useSummary } from '../api/get-summary';
import type { Figures, ReportingPeriod, Summary } from '../types';
import { COUNT_CARDS, formatRate } from '../utils/completeness';
import { narrativeSections } from '../utils/narratives';
import { SummaryExportModal } from './summary-export-modal';

type BreakdownField = 'byArea' | 'byCategory' | 'byDistrict' | 'byCommune' | 'byPartnerKind' | 'byFundingSource' | 'byForm';

const breakdowns: { dimension: FigureDimension; field: BreakdownField }[] = [
  { dimension: 'area', field: 'byArea' },
  { dimension: 'category', field: 'byCategory' },
  { dimension: 'district', field: 'byDistrict' },
  { dimension: 'commune', field: 'byCommune' },
  { dimension: 'partnerKind', field: 'byPartnerKind' },
  { dimension: 'fundingSource', field: 'byFundingSource' },
  { dimension: 'form', field: 'byForm' },
];

/** "Tổng hợp": the province summary of the period on screen, and its DOCX and XLSX downloads. */
export function SummaryTab({ period }: { period: ReportingPeriod }) {
  const { t } = useTranslation();
  const planned = period.status === 'planned';
  const summary = useSummary(period.id ?? 0, !planned);
  const [exporting, setExporting] = useState<'docx' | 'xlsx'>();

  if (planned) {
    return <EmptyState description={t('reporting.notOpenYet')} />;
  }
  if (summary.isPending) {
    return <LoadingState />;
  }
  if (summary.isError) {
    return <ErrorAlert error={summary.error} onRetry={() => summary.refetch()} />;
  }
  const data = summary.data;

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">
          {data.generatedAt ? t('reporting.summary.generatedAt', { date: formatDateTime(data.generatedAt) }) : null}
        </Typography.Text>
        <Flex gap={8} wrap>
          <Button type="primary" icon={<FileWordOutlined />} onClick={() => setExporting('docx')}>
            {t('reporting.summary.docx')}
          </Button>
          <Button icon={<FileExcelOutlined />} onClick={() => setExporting('xlsx')}>
            {t('reporting.summary.xlsx')}
          </Button>
        </Flex>
      </Flex>
      <SummaryFigures figures={data.figures} planVsActual={data.planVsActual} />
      <SummaryCompleteness summary={data} />
      <SummaryNarratives summary={data} />
      <SummaryExportModal period={period} format={exporting} onClose={() => setExporting(undefined)} />
    </>
  );
}

function SummaryFigures({ figures, planVsActual }: { figures: Figures | undefined; planVsActual: Summary['planVsActual'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="summary-figures" style={{ marginBottom: 24 }}>
      <Typography.Title level={2} id="summary-figures" style={{ fontSize: 18 }}>
        {t('reporting.summary.figures')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('reporting.summary.traceHint')}</Typography.Paragraph>
      <FigureTotal line={figures?.total} />
      {planVsActual && (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 2, md: 2, lg: 4, xl: 4, xxl: 4 }}
          title={t('reporting.summary.planVsActualYear', { year: planVsActual.year ?? '' })}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'planned', label: t('reporting.summary.planned'), children: <Money value={planVsActual.plannedVnd ?? 0} /> },
            { key: 'actual', label: t('reporting.summary.actual'), children: <Money value={planVsActual.actualVnd ?? 0} /> },
            {
              key: 'programmes',
              label: t('reporting.summary.programmes'),
              children: t('reporting.summary.programmesCount', {
                agreed: planVsActual.agreedProgrammes ?? 0,
                draft: planVsActual.draftProgrammes ?? 0,
              }),
            },
            {
              key: 'upTo',
              label: t('reporting.summary.actualUpTo'),
              children: formatDate(planVsActual.actualUpTo),
            },
          ]}
        />
      )}
      <Collapse
        defaultActiveKey={breakdowns.map(({ dimension }) => dimension)}
        items={breakdowns.map(({ dimension, field }) => ({
          key: dimension,
          label: t(`figures.dimension.${dimension}`),
          children: (
            <FigureLinesTable dimension={dimension} lines={figures?.[field]} caption={t(`figures.dimension.${dimension}`)} />
          ),
        }))}
      />
    </section>
  );
}

function SummaryCompleteness({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const completeness = summary.completeness;
  const totals = completeness?.totals ?? {};
  const late = completeness?.late ?? [];
  const missing = completeness?.missing ?? [];
  return (
    <section aria-labelledby="summary-completeness" style={{ marginBottom: 24 }}>
      <Typography.Title level={2} id="summary-completeness" style={{ fontSize: 18 }}>
        {t('reporting.summary.completeness')}
      </Typography.Title>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 2, sm: 3, md: 4, lg: 5, xl: 5, xxl: 9 }}
        style={{ marginBottom: 16 }}
        items={[
          ...COUNT_CARDS.map((key) => ({ key, label: t(`reporting.counts.${key}`), children: totals[key] ?? 0 })),
          { key: 'rate', label: t('reporting.counts.rate'), children: formatRate(totals.submittedRate) },
        ]}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h3 style={{ fontSize: 15, margin: 0 }}>{t('reporting.summary.missing')}</h3>}>
            {missing.length === 0 ? (
              <Typography.Text type="secondary">{t('reporting.summary.noneMissing')}</Typography.Text>
            ) : (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {missing.map((row) => (
                  <li key={row.reportId}>
                    <Link to={paths.report(row.reportId ?? 0)}>{row.reporterName}</Link>{' '}
                    <TimelinessTag timeliness={row.timeliness} daysLate={row.daysLate} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h3 style={{ fontSize: 15, margin: 0 }}>{t('reporting.summary.late')}</h3>}>
            {late.length === 0 ? (
              <Typography.Text type="secondary">{t('reporting.summary.noneLate')}</Typography.Text>
            ) : (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {late.map((row) => (
                  <li key={row.reportId}>
                    <Link to={paths.report(row.reportId ?? 0)}>{row.reporterName}</Link>{' '}
                    <TimelinessTag timeliness="late" daysLate={row.daysLate} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
      </Row>
    </section>
  );
}

function SummaryNarratives({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const results = summary.results ?? [];
  const lists = [
    { key: 'difficulties', title: t('reporting.summary.difficulties'), sections: narrativeSections(summary.difficulties) },
    { key: 'recommendations', title: t('reporting.summary.recommendations'), sections: narrativeSections(summary.recommendations) },
  ];
  return (
    <>
      <section aria-labelledby="summary-results" style={{ marginBottom: 24 }}>
        <Typography.Title level={2} id="summary-results" style={{ fontSize: 18 }}>
          {t('reporting.summary.results')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('reporting.summary.narrativeNote')}</Typography.Paragraph>
        {results.length === 0 ? (
          <EmptyState compact description={t('reporting.summary.noNarratives')} />
        ) : (
          results.map((entry) => (
            <Card key={entry.reportId} size="small" style={{ marginBottom: 8 }} title={<h3 style={{ fontSize: 15, margin: 0 }}>{entry.reporterName}</h3>}>
              <div style={{ whiteSpace: 'pre-line' }}>{entry.text}</div>
            </Card>
          ))
        )}
      </section>
      {lists.map((list) => (
        <section key={list.key} aria-labelledby={`summary-${list.key}`} style={{ marginBottom: 24 }}>
          <Typography.Title level={2} id={`summary-${list.key}`} style={{ fontSize: 18 }}>
            {list.title}
          </Typography.Title>
          {list.sections.length === 0 ? (
            <EmptyState compact description={t('reporting.summary.noNarratives')} />
          ) : (
            list.sections.map((section) => (
              <Card
                key={section.districtId ?? 'programme'}
                size="small"
                style={{ marginBottom: 12 }}
                title={<h3 style={{ fontSize: 15, margin: 0 }}>{section.districtName ?? t('reporting.summary.wholeProgramme')}</h3>}
              >
                {section.themes.map((theme) => (
                  <div key={theme.theme} style={{ marginBottom: 8 }}>
                    <Typography.Text strong>{t(`theme.${theme.theme}` as 'theme.other', { defaultValue: theme.theme })}</Typography.Text>
                    <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                      {theme.items.map((item, index) => (
                        <li key={`${item.reportId ?? ''}-${index}`}>
                          <span style={{ whiteSpace: 'pre-line' }}>{item.text}</span>{' '}
                          <Typography.Text type="secondary">
                            (<Link to={paths.report(item.reportId ?? 0)}>{item.reporterName}</Link>)
                          </Typography.Text>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </Card>
            ))
          )}
        </section>
      ))}
    </>
  );
}
