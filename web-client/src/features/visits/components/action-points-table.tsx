import { CheckOutlined, CloseOutlined, EditOutlined, PlayCircleOutlined, RedoOutlined } from '@ant-design/icons';
import { App, Button, Flex, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { StatusTag } from '@/components/status-tag';
import type { Schemas } from '@/lib/api/client';
import { formatDate } from '@/lib/format';
import { useProblemNotifier } from '@/lib/form-problems';
import { useReopenActionPoint, useStartActionPoint } from '../api/action-point-steps';
import type { AskingStep } from './action-point-step-modal';
import { DueDate } from './due-date';

type ActionPoint = Schemas['ActionPoint'];

interface ActionPointsTableProps {
  visitId: number;
  points: ActionPoint[];
  /** Shows the step and edit buttons. */
  canManage: boolean;
  onEdit: (point: ActionPoint) => void;
  /** Complete and cancel ask for a date or a reason first. */
  onAsk: (kind: AskingStep, point: ActionPoint) => void;
  /** Re-reads the visit; offered when a step finds the point changed (412). */
  onReload: () => unknown;
}

export function ActionPointsTable({ visitId, points, canManage, onEdit, onAsk, onReload }: ActionPointsTableProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyProblem = useProblemNotifier();
  const start = useStartActionPoint();
  const reopen = useReopenActionPoint();
  const busyId = start.isPending ? start.variables?.id : reopen.isPending ? reopen.variables?.id : undefined;

  const callbacks = {
    onSuccess: () => void message.success(t('visits.actionPoint.stepDone')),
    onError: (error: unknown) => notifyProblem(error, { onReload }),
  };

  const stepButtons = (point: ActionPoint) => {
    const target = { visitId, id: point.id as number, version: point.version };
    const running = point.status === 'open' || point.status === 'in_progress';
    return (
      <Flex gap={4} wrap>
        {point.status === 'open' && (
          <Button
            size="small"
            icon={<PlayCircleOutlined />}
            loading={busyId === point.id}
            onClick={() => start.mutate(target, callbacks)}
          >
            {t('visits.actionPoint.start')}
          </Button>
        )}
        {running && (
          <>
            <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => onAsk('complete', point)}>
              {t('visits.actionPoint.complete')}
            </Button>
            <Button size="small" danger icon={<CloseOutlined />} onClick={() => onAsk('cancel', point)}>
              {t('visits.actionPoint.cancel')}
            </Button>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              aria-label={`${t('visits.actionPoint.edit')}: ${point.description ?? ''}`}
              onClick={() => onEdit(point)}
            />
          </>
        )}
        {!running && (
          <Button
            size="small"
            icon={<RedoOutlined />}
            loading={busyId === point.id}
            onClick={() => reopen.mutate(target, callbacks)}
          >
            {t('visits.actionPoint.reopen')}
          </Button>
        )}
      </Flex>
    );
  };

  const columns: TableProps<ActionPoint>['columns'] = [
    { title: t('visits.actionPoint.description'), dataIndex: 'description', key: 'description' },
    { title: t('visits.actionPoint.owner'), dataIndex: 'owner', key: 'owner', width: 180 },
    {
      title: t('visits.actionPoint.dueDate'),
      key: 'dueDate',
      width: 150,
      render: (_, point) => <DueDate dueDate={point.dueDate} overdue={point.overdue} />,
    },
    {
      title: t('visits.actionPoint.status'),
      key: 'status',
      width: 150,
      render: (_, point) => (
        <>
          <StatusTag kind="actionPoint" status={point.status} />
          {point.status === 'done' && point.completedOn && <div>{formatDate(point.completedOn)}</div>}
        </>
      ),
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 260,
            render: (_: unknown, point: ActionPoint) => stepButtons(point),
          },
        ]
      : []),
  ];

  return (
    <Table<ActionPoint>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={points}
      columns={columns}
      scroll={{ x: canManage ? 900 : 640 }}
      locale={{ emptyText: <EmptyState compact description={t('visits.actionPoint.empty')} /> }}
    />
  );
}
