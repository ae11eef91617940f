import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import type { Schemas } from '@/lib/api/client';
import { formatDate, formatDateTime } from '@/lib/format';
import { useCan } from '@/lib/me';
import { useVisit } from '../api/get-visit';
import { ActionPointFormModal } from './action-point-form-modal';
import { ActionPointStepModal, type AskingStep } from './action-point-step-modal';
import { ActionPointsTable } from './action-points-table';
import { agreementLabel } from '@/components/parties';
import { VisitFormDrawer } from './visit-form-drawer';

type ActionPoint = Schemas['ActionPoint'];

/** The point being added or edited: closed, a new one, or the id of the one being edited. */
type PointEditing = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; id: number };

interface VisitDrawerProps {
  /** The visit to show; absent when closed. */
  visitId: number | undefined;
  onClose: () => void;
}

/** A visit in full with its action points, their steps, and the edits the user may make. */
export function VisitDrawer({ visitId, onClose }: VisitDrawerProps) {
  const { t } = useTranslation();
  const can = useCan();
  const visit = useVisit(visitId);
  const [editingVisit, setEditingVisit] = useState(false);
  const [pointEditing, setPointEditing] = useState<PointEditing>({ mode: 'closed' });
  const [asking, setAsking] = useState<{ kind: AskingStep; id: number }>();
  const manage = can('visits.manage');
  const data = visit.data;
  const points = data?.actionPoints ?? [];
  // Taken from the current visit, so a reload after 412 hands the dialogs the point's new version.
  const pointById = (id: number | undefined) => points.find((point) => point.id === id);
  const editedPoint = pointEditing.mode === 'edit' ? pointById(pointEditing.id) : undefined;
  const askedPoint = asking ? pointById(asking.id) : undefined;
  const reload = () => visit.refetch();

  return (
    <Drawer
      open={visitId !== undefined}
      onClose={onClose}
      size={880}
      title={data?.visitDate ? t('visits.detail', { date: formatDate(data.visitDate) }) : t('visits.title')}
      extra={
        manage &&
        data && (
          <Button icon={<EditOutlined />} onClick={() => setEditingVisit(true)}>
            {t('visits.edit')}
          </Button>
        )
      }
    >
      {visit.isError && <ErrorAlert error={visit.error} onRetry={reload} />}
      {visit.isPending && visitId !== undefined && <LoadingState />}
      {data && visitId !== undefined && (
        <>
          <Descriptions
            column={1}
            size="small"
            bordered
            style={{ marginBottom: 24 }}
            items={[
              { key: 'agreement', label: t('visits.field.agreement'), children: data.agreement && agreementLabel(data.agreement) },
              { key: 'date', label: t('visits.field.visitDate'), children: formatDate(data.visitDate) },
              { key: 'participants', label: t('visits.field.participants'), children: data.participants },
              {
                key: 'findings',
                label: t('visits.field.findings'),
                children: <span style={{ whiteSpace: 'pre-line' }}>{data.findings}</span>,
              },
              { key: 'createdBy', label: t('visits.field.createdBy'), children: data.createdBy },
              { key: 'updatedAt', label: t('visits.field.updatedAt'), children: formatDateTime(data.updatedAt) },
            ]}
          />
          <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {t('visits.actionPoint.title')}
            </Typography.Title>
            {manage && (
              <Button icon={<PlusOutlined />} onClick={() => setPointEditing({ mode: 'add' })}>
                {t('visits.actionPoint.add')}
              </Button>
            )}
          </Flex>
          <ActionPointsTable
            visitId={visitId}
            points={points}
            canManage={manage}
            onEdit={(point: ActionPoint) => point.id !== undefined && setPointEditing({ mode: 'edit', id: point.id })}
            onAsk={(kind, point) => point.id !== undefined && setAsking({ kind, id: point.id })}
            onReload={reload}
          />
          <VisitFormDrawer
            open={editingVisit}
            visit={data}
            onClose={() => setEditingVisit(false)}
            onReload={reload}
          />
          <ActionPointFormModal
            open={pointEditing.mode !== 'closed'}
            visitId={visitId}
            point={editedPoint}
            onClose={() => setPointEditing({ mode: 'closed' })}
            onReload={reload}
          />
          <ActionPointStepModal
            visitId={visitId}
            step={asking && askedPoint ? { kind: asking.kind, point: askedPoint } : undefined}
            onClose={() => setAsking(undefined)}
            onReload={reload}
          />
        </>
      )}
    </Drawer>
  );
}
