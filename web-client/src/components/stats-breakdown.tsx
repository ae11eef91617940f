import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Table, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber, formatVnd } from '@/lib/format';
import {
  keyOf,
  useDownloadStats,
  useSupportStats,
  type StatsKey,
  type SupportStats,
  type SupportStatsQuery,
  type SupportStatsRow,
} from '@/lib/stats';
import { useProblemNotifier } from '@/lib/form-problems';
import { Chart, type ChartOption } from './chart';
import { ErrorAlert } from './error-alert';
import { Money } from './money';

export type BreakdownChartKind = 'bar' | 'hbar' | 'line' | 'pie';

/** `27 tỷ`, `350 tr`: short amounts for chart axes (the table has the exact ones). */
export function compactVnd(value: number): string {
  const abs = Math.abs(value);
  const short = (divided: number) => formatNumber(Math.round(divided * 10) / 10);
  if (abs >= 1e9) {
    return `${short(value / 1e9)} tỷ`;
  }
  if (abs >= 1e6) {
    return `${short(value / 1e6)} tr`;
  }
  return formatNumber(value);
}

/** `12,5%`: a share of the total, one decimal, Vietnamese comma. */
export function formatShare(part: number | undefined, whole: number | undefined): string {
  if (!whole || part === undefined) {
    return '';
  }
  return `${formatNumber(Math.round((part / whole) * 1000) / 10)}%`;
}

const noWrap = () => ({ style: { whiteSpace: 'nowrap' as const } });

const PALETTE = ['#1d5fa8', '#2b8a3e', '#c2410c', '#7c3aed', '#0e7490', '#a16207', '#be185d', '#4b5563'];

/** The option of a one-dimension chart of `valueVnd` per row. */
export function breakdownOption(rows: SupportStatsRow[], kind: BreakdownChartKind): ChartOption {
  const labels = rows.map((row) => keyOf(row)?.label ?? '');
  const values = rows.map((row) => row.valueVnd ?? 0);
  const tooltip = { trigger: kind === 'pie' ? 'item' : 'axis', valueFormatter: (value: unknown) => formatVnd(Number(value)) };
  if (kind === 'pie') {
    return {
      color: PALETTE,
      tooltip: tooltip as ChartOption['tooltip'],
      // The table beside the pie names each colour (a swatch per row), so no legend is needed.
      series: [
        {
          type: 'pie',
          radius: ['38%', '70%'],
          center: ['50%', '50%'],
          label: { formatter: (item: { percent?: number }) => `${formatNumber(Math.round((item.percent ?? 0) * 10) / 10)}%` },
          data: rows.map((row, index) => ({ name: labels[index] ?? '', value: row.valueVnd ?? 0 })),
        },
      ],
    };
  }
  const horizontal = kind === 'hbar';
  const categoryAxis = {
    type: 'category' as const,
    data: horizontal ? [...labels].reverse() : labels,
    axisLabel: horizontal ? { width: 150, overflow: 'truncate' as const } : { hideOverlap: true },
  };
  const valueAxis = { type: 'value' as const, axisLabel: { formatter: (value: number) => compactVnd(value) } };
  return {
    color: PALETTE,
    tooltip: tooltip as ChartOption['tooltip'],
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: [
      kind === 'line'
        ? { type: 'line', data: values, smooth: false, symbolSize: 7, areaStyle: { opacity: 0.12 } }
        : { type: 'bar', data: horizontal ? [...values].reverse() : values, barMaxWidth: 36 },
    ],
  };
}

interface StatsBreakdownProps {
  title: string;
  /** One `groupBy` dimension and the view's filters. */
  query: SupportStatsQuery;
  chart: BreakdownChartKind;
  /** Header of the first column (the dimension's name). */
  dimensionLabel: string;
  /** A link for a row's label (a commune's or an organisation's profile). */
  linkFor?: (key: StatsKey) => string | undefined;
  /** A click on a bar or slice (e.g. a district narrows the view to it). */
  onSelect?: (key: StatsKey) => void;
  /** The name to save the XLSX under when the server's cannot be read. */
  exportName: string;
  /** Side by side from this width, stacked below it. */
  wide?: boolean;
  /** Extra content under the table (a link to the support records). */
  footer?: ReactNode;
  height?: number;
}

/**
 * A chart of support value by one dimension, with the table of the same rows beside it and the
 * API's total under the table; "Xuất Excel" downloads the same view as XLSX from the API.
 */
export function StatsBreakdown(props: StatsBreakdownProps) {
  const { t } = useTranslation();
  const stats = useSupportStats(props.query);
  const download = useDownloadStats();
  const notify = useProblemNotifier();

  return (
    <Card
      title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{props.title}</Typography.Title>}
      extra={
        <Button
          icon={<FileExcelOutlined />}
          loading={download.isPending}
          onClick={() =>
            download.mutate(
              { endpoint: 'support', query: props.query, fallbackName: props.exportName },
              { onError: (error) => notify(error) },
            )
          }
        >
          {t('stats.export')}
        </Button>
      }
      styles={{ body: { paddingTop: 12 } }}
    >
      {stats.error ? (
        <ErrorAlert error={stats.error} onRetry={() => stats.refetch()} />
      ) : (
        <BreakdownBody {...props} data={stats.data} loading={stats.isPending} />
      )}
    </Card>
  );
}

function BreakdownBody({
  title,
  chart,
  dimensionLabel,
  linkFor,
  onSelect,
  wide,
  footer,
  height,
  data,
  loading,
}: StatsBreakdownProps & { data: SupportStats | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const rows = useMemo(() => data?.rows ?? [], [data]);
  const total = data?.total;
  const option = useMemo(() => breakdownOption(rows, chart), [rows, chart]);
  // Horizontal bars take the room their rows need: one partner is one bar, not a wide band.
  const chartHeight = chart === 'hbar' ? Math.min(height ?? 420, Math.max(140, rows.length * 22 + 60)) : height;
  const top = rows.reduce<SupportStatsRow | undefined>(
    (best, row) => ((row.valueVnd ?? 0) > (best?.valueVnd ?? -1) ? row : best),
    undefined,
  );
  const ariaLabel =
    rows.length === 0
      ? t('stats.chartEmpty', { title })
      : t('stats.chartSummary', {
          title,
          count: rows.length,
          top: keyOf(top ?? {})?.label ?? '',
          topValue: formatVnd(top?.valueVnd),
          total: formatVnd(total?.valueVnd),
        });

  const table = (
    <Table<SupportStatsRow>
      size="small"
      loading={loading}
      rowKey={(row) => (row.keys ?? []).map((key) => `${key.id ?? ''}:${key.code ?? ''}`).join('|')}
      dataSource={rows}
      pagination={rows.length > 12 ? { pageSize: 12, size: 'small', showSizeChanger: false } : false}
      locale={{ emptyText: t('stats.empty') }}
      onRow={(row) => ({
        onClick: onSelect ? () => { const key = keyOf(row); if (key) onSelect(key); } : undefined,
        style: onSelect ? { cursor: 'pointer' } : undefined,
      })}
      columns={[
        {
          key: 'label',
          title: dimensionLabel,
          render: (_, row, index) => {
            const key = keyOf(row);
            const to = key && linkFor?.(key);
            const label = to ? <Link to={to} onClick={(event) => event.stopPropagation()}>{key?.label}</Link> : key?.label;
            return chart === 'pie' ? (
              <span>
                <span
                  aria-hidden
                  style={{
                    display: 'inline-block',
                    width: 10,
                    height: 10,
                    borderRadius: 2,
                    marginInlineEnd: 8,
                    background: PALETTE[index % PALETTE.length],
                  }}
                />
                {label}
              </span>
            ) : (
              label
            );
          },
        },
        {
          key: 'value',
          title: t('stats.value'),
          align: 'right',
          onHeaderCell: noWrap,
          render: (_, row) => <Money value={row.valueVnd} />,
        },
        {
          key: 'share',
          title: t('stats.share'),
          align: 'right',
          onHeaderCell: noWrap,
          render: (_, row) => formatShare(row.valueVnd, total?.valueVnd),
        },
        {
          key: 'records',
          title: t('stats.records'),
          align: 'right',
          onHeaderCell: noWrap,
          render: (_, row) => formatNumber(row.records),
        },
      ]}
      summary={() =>
        total ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{data?.truncated ? t('stats.totalAll') : t('stats.total')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <span data-testid="stats-total">
                <Money value={total.valueVnd} strong />
              </span>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {total.valueVnd ? '100%' : ''}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {formatNumber(total.records)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
    />
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={wide ? 12 : 24}>
        <Chart
          option={option}
          ariaLabel={ariaLabel}
          height={chartHeight}
          onClick={
            onSelect
              ? ({ dataIndex }) => {
                  const index = chart === 'hbar' ? rows.length - 1 - dataIndex : dataIndex;
                  const key = rows[index] && keyOf(rows[index]);
                  if (key) onSelect(key);
                }
              : undefined
          }
        />
      </Col>
      <Col xs={24} xl={wide ? 12 : 24}>
        {table}
        {data?.truncated && <Typography.Text type="secondary">{t('stats.truncated', { count: rows.length })}</Typography.Text>}
        {footer}
      </Col>
    </Row>
  );
}
