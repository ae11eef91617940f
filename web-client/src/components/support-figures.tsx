import { Table, Typography, type TableProps } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';
import { EmptyState } from './empty-state';
import { Money } from './money';

/**
 * One line of support figures (the API's `SupportFigures.Line`): the sums of a group of support
 * records, with `filter`, the support-list parameters that list exactly those records.
 */
export interface FigureLineData {
  key?: string;
  label?: string;
  parentKey?: string | null;
  valueVnd?: number;
  confirmedVnd?: number;
  records?: number;
  households?: number;
  people?: number;
  students?: number;
  filter?: Record<string, string>;
}

/** What a breakdown is by; coded dimensions are translated, named ones (districts, communes) shown as sent. */
export type FigureDimension =
  | 'area'
  | 'category'
  | 'district'
  | 'commune'
  | 'form'
  | 'fundingSource'
  | 'partnerKind'
  | 'organization';

export function figureLabel(dimension: FigureDimension, line: FigureLineData, t: TFunction): string {
  const code = line.key ?? '';
  switch (dimension) {
    case 'area':
      return t(`area.${code}` as 'area.material', { defaultValue: line.label ?? code });
    case 'form':
      return t(`support.form.${code}` as 'support.form.cash', { defaultValue: line.label ?? code });
    case 'fundingSource':
      return t(`support.funding.${code}` as 'support.funding.other', { defaultValue: line.label ?? code });
    case 'partnerKind':
      return t(`orgKind.${code}` as 'orgKind.other', { defaultValue: line.label ?? code });
    default:
      return line.label ?? code;
  }
}

/** The support list showing the records a line sums; undefined when the API sent no filter. */
export function figureLink(line: FigureLineData): string | undefined {
  return line.filter ? paths.supportFiltered(line.filter) : undefined;
}

interface FigureLinesTableProps {
  dimension: FigureDimension;
  lines: FigureLineData[] | undefined;
  /** The table's caption, for screen readers and as its heading. */
  caption: string;
  /** Households, people and students helped; off where the table would get too wide to read. */
  withBeneficiaries?: boolean;
}

/** A breakdown of support figures; each value links to the support records it sums. */
export function FigureLinesTable({ dimension, lines, caption, withBeneficiaries = true }: FigureLinesTableProps) {
  const { t } = useTranslation();
  const columns: TableProps<FigureLineData>['columns'] = [
    {
      title: t(`figures.dimension.${dimension}`),
      key: 'label',
      render: (_, line) => figureLabel(dimension, line, t),
    },
    {
      title: t('figures.records'),
      key: 'records',
      width: 110,
      align: 'right',
      render: (_, line) => formatNumber(line.records ?? 0),
    },
    {
      title: t('figures.value'),
      key: 'value',
      width: 190,
      align: 'right',
      render: (_, line) => {
        const link = figureLink(line);
        const money = <Money value={line.valueVnd ?? 0} />;
        return link ? (
          <Link to={link} aria-label={t('figures.traceLabel', { label: figureLabel(dimension, line, t) })}>
            {money}
          </Link>
        ) : (
          money
        );
      },
    },
    {
      title: t('figures.confirmed'),
      key: 'confirmed',
      width: 190,
      align: 'right',
      render: (_, line) => <Money value={line.confirmedVnd ?? 0} />,
    },
    ...(withBeneficiaries
      ? [
          {
            title: t('figures.households'),
            key: 'households',
            width: 90,
            align: 'right' as const,
            render: (_: unknown, line: FigureLineData) => formatNumber(line.households ?? 0),
          },
          {
            title: t('figures.people'),
            key: 'people',
            width: 90,
            align: 'right' as const,
            render: (_: unknown, line: FigureLineData) => formatNumber(line.people ?? 0),
          },
          {
            title: t('figures.students'),
            key: 'students',
            width: 90,
            align: 'right' as const,
            render: (_: unknown, line: FigureLineData) => formatNumber(line.students ?? 0),
          },
        ]
      : []),
  ];
  return (
    <Table<FigureLineData>
      rowKey={(line) => `${line.parentKey ?? ''}/${line.key ?? ''}`}
      size="small"
      pagination={false}
      dataSource={lines ?? []}
      columns={columns}
      scroll={{ x: withBeneficiaries ? 860 : 600 }}
      title={() => (
        <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
          {caption}
        </Typography.Title>
      )}
      locale={{ emptyText: <EmptyState compact description={t('figures.none')} /> }}
      style={{ marginBottom: 16 }}
    />
  );
}

/** The whole of a set of figures in one sentence-sized block, the value linking to its records. */
export function FigureTotal({ line }: { line: FigureLineData | undefined }) {
  const { t } = useTranslation();
  const link = line ? figureLink(line) : undefined;
  const value = <Money value={line?.valueVnd ?? 0} strong />;
  return (
    <dl className="kn-figure-total">
      <div>
        <dt>{t('figures.totalValue')}</dt>
        <dd>{link ? <Link to={link}>{value}</Link> : value}</dd>
      </div>
      <div>
        <dt>{t('figures.confirmed')}</dt>
        <dd>
          <Money value={line?.confirmedVnd ?? 0} />
        </dd>
      </div>
      <div>
        <dt>{t('figures.records')}</dt>
        <dd>{formatNumber(line?.records ?? 0)}</dd>
      </div>
      <div>
        <dt>{t('figures.beneficiaries')}</dt>
        <dd>
          {[
            t('support.totals.households', { value: formatNumber(line?.households ?? 0) }),
            t('support.totals.people', { value: formatNumber(line?.people ?? 0) }),
            t('support.totals.students', { value: formatNumber(line?.students ?? 0) }),
          ].join(' · ')}
        </dd>
      </div>
    </dl>
  );
}
