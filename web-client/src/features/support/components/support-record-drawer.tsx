import { CheckOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Drawer, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import { Money } from '@/components/money';
import { StatusTag } from '@/components/status-tag';
import type { Schemas } from '@/lib/api/client';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { useProblemNotifier } from '@/lib/form-problems';
import { useCan } from '@/lib/me';
import { useDeleteSupportRecord } from '../api/delete-support-record';
import { useAgreementPlans } from '../api/get-agreement-plans';
import { useSupportRecord } from '../api/get-support-record';
import { agreementLabel } from '@/components/parties';

type SupportRecord = Schemas['SupportRecord'];

interface SupportRecordDrawerProps {
  /** The record to show; absent when closed. */
  recordId: number | undefined;
  /** The list's row, shown while the record is read afresh. */
  listRow?: SupportRecord;
  onClose: () => void;
  onEdit: (record: SupportRecord) => void;
  onConfirm: (record: SupportRecord) => void;
}

function PlanItemLabel({ record }: { record: SupportRecord }) {
  const { t } = useTranslation();
  const plans = useAgreementPlans(record.planItemId !== undefined ? record.agreement?.id : undefined);
  for (const plan of plans.data ?? []) {
    const item = plan.items?.find((candidate) => candidate.id === record.planItemId);
    if (item) {
      const planLabel =
        plan.title ||
        (plan.kind === 'period' ? t('support.entry.periodPlan') : t('support.entry.annualPlan', { year: plan.year }));
      return <>{`${planLabel} – ${item.description ?? ''}`}</>;
    }
  }
  return null;
}

/** A record in full; the buttons its state and the user's role allow. Confirmed records are read-only. */
export function SupportRecordDrawer({ recordId, listRow, onClose, onEdit, onConfirm }: SupportRecordDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const notifyProblem = useProblemNotifier();
  const detail = useSupportRecord(recordId, listRow);
  const remove = useDeleteSupportRecord();
  const record = detail.data;
  const recorded = record?.status === 'recorded';

  const deleteRecord = (target: SupportRecord) => {
    if (target.id === undefined) {
      return;
    }
    remove.mutate(
      { id: target.id, version: target.version },
      {
        onSuccess: () => {
          void message.success(t('support.deleted'));
          onClose();
        },
        onError: (error) => notifyProblem(error, { onReload: () => detail.refetch() }),
      },
    );
  };

  const actions =
    record && recorded ? (
      <Flex gap={8} wrap justify="flex-end">
        {can('support.record') && (
          <>
            <Popconfirm
              title={t('support.deleteConfirm')}
              description={t('support.deleteDetail')}
              okText={t('support.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => deleteRecord(record)}
            >
              <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                {t('support.delete')}
              </Button>
            </Popconfirm>
            <Button icon={<EditOutlined />} onClick={() => onEdit(record)}>
              {t('common.edit')}
            </Button>
          </>
        )}
        {can('support.confirm') && (
          <Button type="primary" icon={<CheckOutlined />} onClick={() => onConfirm(record)}>
            {t('support.confirm')}
          </Button>
        )}
      </Flex>
    ) : undefined;

  return (
    <Drawer
      open={recordId !== undefined}
      onClose={onClose}
      title={t('support.detail')}
      size={640}
      footer={actions}
    >
      {detail.isError && <ErrorAlert error={detail.error} onRetry={() => detail.refetch()} />}
      {detail.isPending && !record && <LoadingState />}
      {record && (
        <>
          {record.status === 'confirmed' && (
            <Alert type="success" showIcon title={t('support.locked')} style={{ marginBottom: 16 }} />
          )}
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              { key: 'agreement', label: t('support.field.agreement'), children: record.agreement && agreementLabel(record.agreement) },
              { key: 'date', label: t('support.field.supportDate'), children: formatDate(record.supportDate) },
              {
                key: 'category',
                label: t('support.field.category'),
                children: `${record.category?.name ?? ''}${record.category?.area ? ` (${t(`area.${record.category.area}`)})` : ''}`,
              },
              { key: 'description', label: t('support.field.description'), children: record.description },
              {
                key: 'quantity',
                label: t('support.field.quantity'),
                children:
                  record.quantity !== undefined && record.quantity !== null
                    ? `${formatNumber(record.quantity)} ${record.unitOfMeasure ?? ''}`
                    : '',
              },
              { key: 'value', label: t('support.field.valueVnd'), children: <Money value={record.valueVnd} strong /> },
              { key: 'form', label: t('support.field.form'), children: record.form && t(`support.form.${record.form}`) },
              {
                key: 'funding',
                label: t('support.field.fundingSource'),
                children: [record.fundingSource && t(`support.funding.${record.fundingSource}`), record.enterpriseName]
                  .filter(Boolean)
                  .join(': '),
              },
              {
                key: 'beneficiaries',
                label: t('support.field.beneficiaries'),
                children: [
                  t('support.totals.households', { value: formatNumber(record.beneficiaryHouseholds ?? 0) }),
                  t('support.totals.people', { value: formatNumber(record.beneficiaryPeople ?? 0) }),
                  t('support.totals.students', { value: formatNumber(record.beneficiaryStudents ?? 0) }),
                ].join(' · '),
              },
              ...(record.planItemId !== undefined && record.planItemId !== null
                ? [{ key: 'plan', label: t('support.field.planItem'), children: <PlanItemLabel record={record} /> }]
                : []),
              { key: 'status', label: t('support.field.status'), children: <StatusTag kind="supportRecord" status={record.status} /> },
              ...(record.status === 'confirmed'
                ? [
                    { key: 'confirmedBy', label: t('support.field.confirmedBy'), children: record.confirmedBy },
                    { key: 'confirmedAt', label: t('support.field.confirmedAt'), children: formatDateTime(record.confirmedAt) },
                    ...(record.confirmationNote
                      ? [{ key: 'note', label: t('support.field.confirmationNote'), children: record.confirmationNote }]
                      : []),
                  ]
                : []),
              { key: 'createdBy', label: t('support.field.createdBy'), children: record.createdBy },
              { key: 'updatedAt', label: t('support.field.updatedAt'), children: formatDateTime(record.updatedAt) },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
