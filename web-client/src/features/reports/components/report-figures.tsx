import { Alert, Collapse, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { Money } from '@/components/money';
import { StatusTag } from '@/components/status-tag';
import { FigureLinesTable, FigureTotal, type FigureDimension } from '@/components/support-figures';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import type { PlanVsActualRow, ReportFigures } from '../types';
import { completionRate } from '../utils/figures';

type BreakdownField = 'byArea' | 'byCategory' | 'byDistrict' | 'byCommune' | 'byForm' | 'byFundingSource' | 'byOrganization';

const breakdowns: { dimension: FigureDimension; field: BreakdownField }[] = [
  { dimension: 'area', field: 'byArea' },
  { dimension: 'category', field: 'byCategory' },
  { dimension: 'district', field: 'byDistrict' },
  { dimension: 'commune', field: 'byCommune' },
  { dimension: 'form', field: 'byForm' },
  { dimension: 'fundingSource', field: 'byFundingSource' },
  { dimension: 'organization', field: 'byOrganization' },
];

/** The report's figures, read-only: they come from the support records, never typed in. */
export function ReportFiguresView({ figures, year }: { figures: ReportFigures | undefined; year: number | undefined }) {
  const { t } = useTranslation();
  if (!figures) {
    return <EmptyState compact />;
  }
  const planColumns: TableProps<PlanVsActualRow>['columns'] = [
    {
      title: t('reports.figures.partner'),
      key: 'partner',
      render: (_, row) =>
        row.agreementId !== undefined ? (
          <Link to={paths.agreementTab(row.agreementId, 'annual', year)}>
            {row.partnerName} → {row.recipientName}
          </Link>
        ) : (
          `${row.partnerName ?? ''} → ${row.recipientName ?? ''}`
        ),
    },
    {
      title: t('reports.figures.planStatus'),
      key: 'planStatus',
      width: 160,
      render: (_, row) =>
        row.planStatus ? (
          <StatusTag kind="plan" status={row.planStatus as 'draft'} />
        ) : (
          <Typography.Text type="secondary">{t('reports.figures.noPlan')}</Typography.Text>
        ),
    },
    {
      title: t('reports.figures.planned'),
      key: 'planned',
      width: 180,
      align: 'right',
      render: (_, row) => <Money value={row.plannedVnd ?? 0} />,
    },
    {
      title: t('reports.figures.actual'),
      key: 'actual',
      width: 180,
      align: 'right',
      render: (_, row) => <Money value={row.actualVnd ?? 0} />,
    },
    {
      title: t('reports.figures.rate'),
      key: 'rate',
      width: 90,
      align: 'right',
      render: (_, row) => completionRate(row.plannedVnd, row.actualVnd),
    },
  ];

  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('reports.figures.autoNote', { from: formatDate(figures.from), to: formatDate(figures.to) })}
        description={figures.live === false ? t('reports.figures.frozenNote') : t('reports.figures.liveNote')}
      />
      <FigureTotal line={figures.total} />
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('reports.figures.planVsActual', { year: year ?? '' })}
      </Typography.Title>
      <Table<PlanVsActualRow>
        rowKey={(row) => `${row.agreementId ?? ''}-${row.planId ?? ''}`}
        size="small"
        pagination={false}
        dataSource={figures.planVsActual ?? []}
        columns={planColumns}
        scroll={{ x: 820 }}
        locale={{ emptyText: <EmptyState compact description={t('reports.figures.noPlans')} /> }}
        style={{ marginBottom: 16 }}
      />
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('reports.figures.breakdowns')}
      </Typography.Title>
      <Collapse
        defaultActiveKey={['area']}
        items={breakdowns.map(({ dimension, field }) => ({
          key: dimension,
          label: t(`figures.dimension.${dimension}`),
          children: (
            <FigureLinesTable
              dimension={dimension}
              lines={figures[field]}
              caption={t(`figures.dimension.${dimension}`)}
            />
          ),
        }))}
      />
    </>
  );
}
