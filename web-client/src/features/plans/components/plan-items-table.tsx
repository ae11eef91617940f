import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Progress, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { Money } from '@/components/money';
import type { Schemas } from '@/lib/api/client';
import { formatDate, formatNumber } from '@/lib/format';
import { useAreaNames } from '../hooks/use-area-names';
import { groupByArea, progressPercent } from '../utils/plan-figures';

type Plan = Schemas['Plan'];
type PlanItem = Schemas['PlanItem'];

type Row =
  | { kind: 'area'; key: string; area: string; plannedVnd: number; actualVnd: number }
  | { kind: 'item'; key: string; item: PlanItem };

interface PlanItemsTableProps {
  plan: Plan;
  /** Shows edit and delete on each item. */
  editable: boolean;
  onEdit: (item: PlanItem) => void;
  onDelete: (item: PlanItem) => void;
}

function Actual({
  planned,
  actual,
  records,
}: {
  planned: number | undefined;
  actual: number | undefined;
  records?: number;
}) {
  const { t } = useTranslation();
  const percent = progressPercent(planned, actual);
  return (
    <Flex vertical gap={2} style={{ minWidth: 150 }}>
      <Money value={actual ?? 0} />
      {records !== undefined && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('plans.items.records', { count: records })}
        </Typography.Text>
      )}
      <Progress
        percent={Math.min(percent, 100)}
        format={() => `${percent}%`}
        status={percent >= 100 ? 'success' : 'normal'}
        size="small"
        aria-label={t('plans.items.progressLabel', { percent })}
      />
    </Flex>
  );
}

/**
 * The plan's items by support area, each with what was done against it (the support records
 * linked to it), a subtotal per area and the plan's totals.
 */
export function PlanItemsTable({ plan, editable, onEdit, onDelete }: PlanItemsTableProps) {
  const { t } = useTranslation();
  const areas = useAreaNames();
  const items = plan.items ?? [];
  const rows: Row[] = groupByArea(items, areas.order).flatMap((group) => [
    {
      kind: 'area',
      key: `area:${group.area}`,
      area: group.area,
      plannedVnd: group.plannedVnd,
      actualVnd: group.actualVnd,
    },
    ...group.items.map((item): Row => ({ kind: 'item', key: `item:${item.id ?? ''}`, item })),
  ]);

  // An area row spans category, description and target; its subtotals sit in the money columns.
  const spanned = (row: Row) => ({ colSpan: row.kind === 'area' ? 0 : 1 });
  const columns: TableColumnsType<Row> = [
    {
      title: t('plans.items.category'),
      key: 'category',
      onCell: (row) => (row.kind === 'area' ? { colSpan: 3 } : {}),
      render: (_, row) =>
        row.kind === 'area' ? (
          <Typography.Text strong>{areas.name(row.area)}</Typography.Text>
        ) : (
          row.item.category?.name
        ),
    },
    {
      title: t('plans.items.description'),
      key: 'description',
      onCell: spanned,
      render: (_, row) => (row.kind === 'item' ? row.item.description : null),
    },
    {
      title: t('plans.items.target'),
      key: 'target',
      width: 120,
      onCell: spanned,
      render: (_, row) =>
        row.kind === 'item' && row.item.targetQuantity !== undefined && row.item.targetQuantity !== null
          ? `${formatNumber(row.item.targetQuantity)} ${row.item.unitOfMeasure ?? ''}`.trim()
          : null,
    },
    {
      title: t('plans.items.planned'),
      key: 'planned',
      align: 'right',
      width: 170,
      render: (_, row) =>
        row.kind === 'area' ? <Money value={row.plannedVnd} strong /> : <Money value={row.item.plannedVnd} />,
    },
    {
      title: t('plans.items.timeline'),
      key: 'timeline',
      width: 200,
      render: (_, row) =>
        row.kind === 'item' && (row.item.startDate || row.item.endDate) ? (
          <span style={{ whiteSpace: 'nowrap' }}>
            {formatDate(row.item.startDate)} – {formatDate(row.item.endDate)}
          </span>
        ) : null,
    },
    {
      title: t('plans.items.actual'),
      key: 'actual',
      width: 200,
      render: (_, row) =>
        row.kind === 'area' ? (
          <Actual planned={row.plannedVnd} actual={row.actualVnd} />
        ) : (
          <Actual planned={row.item.plannedVnd} actual={row.item.actualVnd} records={row.item.recordCount ?? 0} />
        ),
    },
    ...(editable
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 110,
            render: (_: unknown, row: Row) =>
              row.kind === 'item' ? (
                <Flex gap={4}>
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={t('plans.items.editNamed', { name: row.item.description ?? '' })}
                    onClick={() => onEdit(row.item)}
                  />
                  <Popconfirm
                    title={t('plans.items.deleteConfirm')}
                    okText={t('plans.items.delete')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() => onDelete(row.item)}
                  >
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('plans.items.deleteNamed', { name: row.item.description ?? '' })}
                    />
                  </Popconfirm>
                </Flex>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Table<Row>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1000 }}
      locale={{ emptyText: <EmptyState compact description={t('plans.items.empty')} /> }}
      onRow={(row) => (row.kind === 'area' ? { style: { background: '#f6f8fa' } } : {})}
      summary={() =>
        items.length > 0 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              <Typography.Text strong>{t('plans.items.total')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              <Money value={plan.totals?.plannedVnd ?? 0} strong />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} />
            <Table.Summary.Cell index={5}>
              <Actual planned={plan.totals?.plannedVnd} actual={plan.totals?.actualVnd} />
            </Table.Summary.Cell>
            {editable && <Table.Summary.Cell index={6} />}
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}
