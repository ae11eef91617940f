import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatVnd } from '@/lib/format';
import { useProblemNotifier } from '@/lib/form-problems';
import { keyOf, useDownloadStats, usePlanStats, type PlanStatsQuery, type PlanStatsRow } from '@/lib/stats';
import { Chart, type ChartOption } from './chart';
import { ErrorAlert } from './error-alert';
import { Money } from './money';
import { compactVnd, formatShare } from './stats-breakdown';

const noWrap = () => ({ style: { whiteSpace: 'nowrap' as const } });

interface PlanVsActualProps {
  title: string;
  query: PlanStatsQuery;
  dimensionLabel: string;
  exportName: string;
}

/** Planned (agreed annual programmes) against support actually given, as bars and a table. */
export function PlanVsActual({ title, query, dimensionLabel, exportName }: PlanVsActualProps) {
  const { t } = useTranslation();
  const stats = usePlanStats(query);
  const download = useDownloadStats();
  const notify = useProblemNotifier();
  const rows = useMemo(() => stats.data?.rows ?? [], [stats.data]);
  const total = stats.data?.total;

  const option = useMemo<ChartOption>(
    () => ({
      color: ['#94a3b8', '#1d5fa8'],
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => formatVnd(Number(value)) } as ChartOption['tooltip'],
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: rows.map((row) => keyOf(row)?.label ?? '') },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => compactVnd(value) } },
      series: [
        { type: 'bar', name: t('stats.planned'), data: rows.map((row) => row.plannedVnd ?? 0), barMaxWidth: 28 },
        { type: 'bar', name: t('stats.actual'), data: rows.map((row) => row.actualVnd ?? 0), barMaxWidth: 28 },
      ],
    }),
    [rows, t],
  );

  return (
    <Card
      title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{title}</Typography.Title>}
      extra={
        <Button
          icon={<FileExcelOutlined />}
          loading={download.isPending}
          onClick={() =>
            download.mutate({ endpoint: 'plans', query, fallbackName: exportName }, { onError: (error) => notify(error) })
          }
        >
          {t('stats.export')}
        </Button>
      }
    >
      {stats.error ? (
        <ErrorAlert error={stats.error} onRetry={() => stats.refetch()} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={12}>
            <Chart
              option={option}
              ariaLabel={
                rows.length === 0
                  ? t('stats.chartEmpty', { title })
                  : t('stats.planSummary', {
                      title,
                      planned: formatVnd(total?.plannedVnd),
                      actual: formatVnd(total?.actualVnd),
                    })
              }
            />
          </Col>
          <Col xs={24} xxl={12}>
            <Table<PlanStatsRow>
              size="small"
              // A narrow card scrolls the table rather than widening the page.
              scroll={{ x: 'max-content' }}
              loading={stats.isPending}
              rowKey={(row) => `${keyOf(row)?.id ?? ''}:${keyOf(row)?.code ?? ''}`}
              dataSource={rows}
              pagination={rows.length > 12 ? { pageSize: 12, size: 'small', showSizeChanger: false } : false}
              locale={{ emptyText: t('stats.emptyPlans') }}
              columns={[
                { key: 'label', title: dimensionLabel, render: (_, row) => keyOf(row)?.label },
                { key: 'planned', onHeaderCell: noWrap, title: t('stats.planned'), align: 'right', render: (_, row) => <Money value={row.plannedVnd} /> },
                { key: 'actual', onHeaderCell: noWrap, title: t('stats.actual'), align: 'right', render: (_, row) => <Money value={row.actualVnd} /> },
                {
                  key: 'rate',
                  title: t('stats.rate'),
                  align: 'right',
                  render: (_, row) => formatShare(row.actualVnd, row.plannedVnd),
                },
                { key: 'plans', title: t('stats.plans'), align: 'right', render: (_, row) => formatNumber(row.plans) },
              ]}
              summary={() =>
                total ? (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      <strong>{t('stats.total')}</strong>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={1} align="right">
                      <Money value={total.plannedVnd} strong />
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={2} align="right">
                      <Money value={total.actualVnd} strong />
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3} align="right">
                      {formatShare(total.actualVnd, total.plannedVnd)}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={4} align="right">
                      {formatNumber(total.plans)}
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                ) : null
              }
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
