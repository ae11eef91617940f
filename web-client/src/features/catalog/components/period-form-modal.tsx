import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';
import { useFormProblems } from '@/lib/form-problems';
import { useCreatePeriod } from '../api/create-period';
import { useUpdatePeriod } from '../api/update-period';

type Period = Schemas['Period'];
type PeriodRequest = Schemas['PeriodRequest'];

interface PeriodFormModalProps {
  open: boolean;
  /** The row being edited (with its version); absent to create. */
  period?: Period;
  onClose: () => void;
  /** Re-reads the list; offered when someone else changed the row meanwhile (412). */
  onReload: () => unknown;
}

function toFormValues(period: Period | undefined): Partial<PeriodRequest> {
  if (!period) {
    return {};
  }
  return {
    code: period.code,
    name: period.name,
    startYear: period.startYear,
    endYear: period.endYear,
    legalBasis: period.legalBasis,
  };
}

export function PeriodFormModal({ open, period, onClose, onReload }: PeriodFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PeriodRequest>();
  const create = useCreatePeriod();
  const update = useUpdatePeriod();
  const { alert, handleError, reset } = useFormProblems(form, { onReload });
  const saving = create.isPending || update.isPending;

  // Also runs when a reload after 412 brings a newer version of the row: the form shows it.
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(toFormValues(period));
      reset();
    }
  }, [open, period, form, reset]);

  const submit = (values: PeriodRequest) => {
    reset();
    const body: PeriodRequest = { ...values, legalBasis: values.legalBasis || undefined };
    const onSuccess = () => {
      void message.success(t('common.saved'));
      onClose();
    };
    if (period?.id !== undefined) {
      update.mutate({ id: period.id, version: period.version, body }, { onSuccess, onError: handleError });
    } else {
      create.mutate(body, { onSuccess, onError: handleError });
    }
  };

  return (
    <Modal
      open={open}
      title={period ? t('catalog.periods.edit') : t('catalog.periods.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      forceRender
    >
      {alert}
      <Form form={form} layout="vertical" onFinish={submit} disabled={saving}>
        <Form.Item name="code" label={t('catalog.periods.code')} rules={[{ required: true }, { max: 20 }]}>
          <Input placeholder="2021-2025" />
        </Form.Item>
        <Form.Item name="name" label={t('catalog.periods.name')} rules={[{ required: true }, { max: 200 }]}>
          <Input placeholder="Giai đoạn 2021–2025" />
        </Form.Item>
        <Form.Item name="startYear" label={t('catalog.periods.startYear')} rules={[{ required: true }]}>
          <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endYear" label={t('catalog.periods.endYear')} rules={[{ required: true }]}>
          <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('catalog.periods.legalBasis')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
