import { CheckOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import type { Schemas } from '@/lib/api/client';
import { formatDateTime } from '@/lib/format';
import { useProblemNotifier } from '@/lib/form-problems';
import { useCan } from '@/lib/me';
import { useDeletePlanItem } from '../api/delete-plan-item';
import { AgreePlanModal } from './agree-plan-modal';
import { PlanFormModal } from './plan-form-modal';
import { PlanItemFormModal } from './plan-item-form-modal';
import { PlanItemsTable } from './plan-items-table';

type Plan = Schemas['Plan'];
type PlanItem = Schemas['PlanItem'];

type Dialog = { kind: 'none' } | { kind: 'edit-plan' } | { kind: 'agree' } | { kind: 'item'; itemId?: number };

interface PlanPanelProps {
  plan: Plan;
  agreement: Schemas['Agreement'];
  onReload: () => unknown;
}

/**
 * One plan: its status (draft, or agreed by whom and when), its items with plan-vs-actual, and
 * what the role may do — the partner edits, the receiving district agrees a draft with items.
 */
export function PlanPanel({ plan, agreement, onReload }: PlanPanelProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const notify = useProblemNotifier();
  const remove = useDeletePlanItem();
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const editable = can('plans.manage') && agreement.status !== 'ended';
  const items = plan.items ?? [];
  const agreeable = can('plans.agree') && plan.status === 'draft' && items.length > 0;
  // Looked up in the current plan, so a reload after 412 hands the form the item's new version.
  const editedItem = dialog.kind === 'item' ? items.find((item) => item.id === dialog.itemId) : undefined;

  const itemChanged = () => {
    if (plan.status === 'agreed') {
      void message.warning(t('plans.returnedToDraft'));
    }
  };

  const deleteItem = (item: PlanItem) => {
    if (plan.id === undefined || plan.agreementId === undefined || item.id === undefined) {
      return;
    }
    remove.mutate(
      { agreementId: plan.agreementId, planId: plan.id, itemId: item.id, version: item.version },
      {
        onSuccess: () => {
          void message.success(t('plans.items.deleted'));
          itemChanged();
        },
        onError: (error) => notify(error, { onReload }),
      },
    );
  };

  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {plan.title}
          </Typography.Title>
          <StatusTag kind="plan" status={plan.status} />
        </Flex>
      }
      extra={
        <Flex gap={8} wrap>
          {editable && (
            <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit-plan' })}>
              {t('plans.edit')}
            </Button>
          )}
          {editable && (
            <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'item' })}>
              {t('plans.items.add')}
            </Button>
          )}
          {agreeable && (
            <Button type="primary" icon={<CheckOutlined />} onClick={() => setDialog({ kind: 'agree' })}>
              {t('plans.agree.button')}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {plan.status === 'agreed' ? (
          <Typography.Text>
            {t('plans.agreedBy', { who: plan.agreedBy ?? '—', when: formatDateTime(plan.agreedAt) })}
            {plan.agreementNote && ` — ${plan.agreementNote}`}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">
            {items.length > 0 ? t('plans.awaitingAgreement') : t('plans.draftWithoutItems')}
          </Typography.Text>
        )}
        {plan.notes && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>{plan.notes}</Typography.Paragraph>
        )}
        <PlanItemsTable
          plan={plan}
          editable={editable}
          onEdit={(item) => setDialog({ kind: 'item', itemId: item.id })}
          onDelete={deleteItem}
        />
      </Flex>
      <PlanFormModal
        open={dialog.kind === 'edit-plan'}
        agreement={agreement}
        kind={plan.kind ?? 'period'}
        plan={plan}
        freeYears={[]}
        onClose={() => setDialog({ kind: 'none' })}
        onReload={onReload}
      />
      <PlanItemFormModal
        open={dialog.kind === 'item'}
        plan={plan}
        item={editedItem}
        onClose={() => setDialog({ kind: 'none' })}
        onSaved={itemChanged}
        onReload={onReload}
      />
      <AgreePlanModal
        open={dialog.kind === 'agree'}
        plan={plan}
        onClose={() => setDialog({ kind: 'none' })}
        onReload={onReload}
      />
    </Card>
  );
}
