import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '@/lib/format';
import { useFormProblems } from '@/lib/form-problems';
import { useAddActionPoint } from '../api/add-action-point';
import { useUpdateActionPoint } from '../api/update-action-point';
import { submitAfterPickers } from './submit-after-pickers';

type ActionPoint = Schemas['ActionPoint'];

interface ActionPointValues {
  description?: string;
  owner?: string;
  dueDate?: Dayjs;
}

interface ActionPointFormModalProps {
  open: boolean;
  visitId: number;
  /** The point being edited (its version goes in If-Match); absent to add one. */
  point?: ActionPoint;
  onClose: () => void;
  /** Re-reads the visit; offered when someone else changed the point meanwhile (412). */
  onReload: () => unknown;
}

export function ActionPointFormModal({ open, visitId, point, onClose, onReload }: ActionPointFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionPointValues>();
  const add = useAddActionPoint();
  const update = useUpdateActionPoint();
  const { alert, handleError, reset } = useFormProblems(form, { onReload });
  const saving = add.isPending || update.isPending;

  // Also runs when a reload after 412 brings a newer version of the point: the form shows it.
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ description: point?.description, owner: point?.owner, dueDate: fromIsoDate(point?.dueDate) });
      reset();
    }
  }, [open, point, form, reset]);

  const submit = (values: ActionPointValues) => {
    reset();
    const body: Schemas['ActionPointRequest'] = {
      description: values.description?.trim() ?? '',
      owner: values.owner?.trim() ?? '',
      dueDate: toIsoDate(values.dueDate),
    };
    const onSuccess = () => {
      void message.success(t('common.saved'));
      onClose();
    };
    if (point?.id !== undefined) {
      update.mutate({ visitId, id: point.id, version: point.version, body }, { onSuccess, onError: handleError });
    } else {
      add.mutate({ visitId, body }, { onSuccess, onError: handleError });
    }
  };

  return (
    <Modal
      open={open}
      title={point ? t('visits.actionPoint.edit') : t('visits.actionPoint.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => submitAfterPickers(form)}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
    >
      {alert}
      <Form form={form} name="action-point" layout="vertical" onFinish={submit} disabled={saving}>
        <Form.Item
          name="description"
          label={t('visits.actionPoint.description')}
          rules={[{ required: true, whitespace: true }, { max: 2000 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item
          name="owner"
          label={t('visits.actionPoint.owner')}
          rules={[{ required: true, whitespace: true }, { max: 200 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="dueDate" label={t('visits.actionPoint.dueDate')}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
