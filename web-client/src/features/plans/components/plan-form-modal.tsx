import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';
import { useFormProblems } from '@/lib/form-problems';
import { useCreatePlan } from '../api/create-plan';
import { useUpdatePlan } from '../api/update-plan';

type Plan = Schemas['Plan'];

interface PlanFormValues {
  year?: number;
  title?: string;
  notes?: string;
}

interface PlanFormModalProps {
  open: boolean;
  agreement: Schemas['Agreement'];
  kind: Schemas['PlanKind'];
  /** The plan being edited; absent to create one of `kind`. */
  plan?: Plan;
  /** Years an annual programme may still be made for (within the period, not taken yet). */
  freeYears: number[];
  onClose: () => void;
  onCreated?: (plan: Plan) => void;
  onReload: () => unknown;
}

/** Creates a period plan or an annual programme, or edits a plan's title and notes. */
export function PlanFormModal({
  open,
  agreement,
  kind,
  plan,
  freeYears,
  onClose,
  onCreated,
  onReload,
}: PlanFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanFormValues>();
  const create = useCreatePlan();
  const update = useUpdatePlan();
  const { alert, handleError, reset } = useFormProblems(form, { onReload });
  const saving = create.isPending || update.isPending;
  const recipient = `${agreement.recipient?.kindLabel ?? ''} ${agreement.recipient?.name ?? ''}`.trim();
  const firstFreeYear = freeYears[0];

  useEffect(() => {
    if (!open) {
      return;
    }
    form.resetFields();
    reset();
    if (plan) {
      form.setFieldsValue({ title: plan.title, notes: plan.notes });
    } else if (kind === 'period') {
      form.setFieldsValue({
        title: t('plans.form.defaultPeriodTitle', { period: agreement.period?.code ?? '', recipient }),
      });
    } else {
      form.setFieldsValue({
        year: firstFreeYear,
        title:
          firstFreeYear !== undefined
            ? t('plans.form.defaultAnnualTitle', { year: firstFreeYear, recipient })
            : undefined,
      });
    }
  }, [open, plan, kind, firstFreeYear, agreement.period?.code, recipient, form, reset, t]);

  const submit = (values: PlanFormValues) => {
    if (agreement.id === undefined) {
      return;
    }
    reset();
    const title = values.title?.trim() ?? '';
    const notes = values.notes?.trim() || undefined;
    if (plan?.id !== undefined) {
      update.mutate(
        { agreementId: agreement.id, planId: plan.id, version: plan.version, body: { title, notes } },
        {
          onSuccess: () => {
            void message.success(t('common.saved'));
            onClose();
          },
          onError: handleError,
        },
      );
      return;
    }
    create.mutate(
      { agreementId: agreement.id, body: { kind, year: kind === 'annual' ? values.year : undefined, title, notes } },
      {
        onSuccess: (created) => {
          void message.success(t('common.saved'));
          onClose();
          onCreated?.(created);
        },
        onError: handleError,
      },
    );
  };

  const title = plan
    ? t('plans.form.editTitle')
    : kind === 'period'
      ? t('plans.form.createPeriodTitle')
      : t('plans.form.createAnnualTitle');

  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      forceRender
    >
      {plan?.status === 'agreed' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('plans.form.agreedWarning')} />
      )}
      {alert}
      <Form<PlanFormValues>
        form={form}
        name={plan ? `plan-${plan.id ?? ''}` : `new-${kind}-plan`}
        layout="vertical"
        onFinish={submit}
        disabled={saving}
        onValuesChange={(changed: PlanFormValues) => {
          if (changed.year !== undefined && !plan) {
            form.setFieldValue('title', t('plans.form.defaultAnnualTitle', { year: changed.year, recipient }));
          }
        }}
      >
        {kind === 'annual' && !plan && (
          <Form.Item name="year" label={t('plans.form.year')} rules={[{ required: true }]}>
            <Select options={freeYears.map((year) => ({ value: year, label: String(year) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t('plans.form.title')}
          rules={[{ required: true, whitespace: true }, { max: 300 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="notes" label={t('common.notes')} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
