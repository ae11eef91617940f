import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';
import { DATE_FORMAT, toIsoDate } from '@/lib/format';
import { useFormProblems } from '@/lib/form-problems';
import { useCancelActionPoint, useCompleteActionPoint } from '../api/action-point-steps';
import { submitAfterPickers } from './submit-after-pickers';

/** The steps that ask something first: when it was done, or why it is dropped. */
export type AskingStep = 'complete' | 'cancel';

interface StepValues {
  completedOn?: Dayjs;
  note?: string;
}

interface ActionPointStepModalProps {
  visitId: number;
  /** The point and the step to take; absent when closed. */
  step: { kind: AskingStep; point: Schemas['ActionPoint'] } | undefined;
  onClose: () => void;
  /** Re-reads the visit; offered when someone else changed the point meanwhile (412). */
  onReload: () => unknown;
}

export function ActionPointStepModal({ visitId, step, onClose, onReload }: ActionPointStepModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<StepValues>();
  const complete = useCompleteActionPoint();
  const cancel = useCancelActionPoint();
  const { alert, handleError, reset } = useFormProblems(form, { onReload });
  const saving = complete.isPending || cancel.isPending;
  const open = step !== undefined;
  const completing = step?.kind === 'complete';

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ completedOn: completing ? dayjs() : undefined });
      reset();
    }
  }, [open, completing, form, reset]);

  const submit = (values: StepValues) => {
    if (!step || step.point.id === undefined) {
      return;
    }
    reset();
    const target = { visitId, id: step.point.id, version: step.point.version, note: values.note?.trim() || undefined };
    const callbacks = {
      onSuccess: () => {
        void message.success(t('visits.actionPoint.stepDone'));
        onClose();
      },
      onError: handleError,
    };
    if (step.kind === 'complete') {
      complete.mutate({ ...target, completedOn: toIsoDate(values.completedOn) }, callbacks);
    } else {
      cancel.mutate(target, callbacks);
    }
  };

  return (
    <Modal
      open={open}
      title={completing ? t('visits.actionPoint.completeTitle') : t('visits.actionPoint.cancelTitle')}
      okText={completing ? t('visits.actionPoint.complete') : t('visits.actionPoint.cancel')}
      okButtonProps={{ danger: !completing }}
      cancelText={t('common.close')}
      onOk={() => submitAfterPickers(form)}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
    >
      {step && <p>{step.point.description}</p>}
      {alert}
      <Form form={form} name="action-point-step" layout="vertical" onFinish={submit} disabled={saving}>
        {completing && (
          <Form.Item name="completedOn" label={t('visits.actionPoint.completedOn')} rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} disabledDate={(date) => date.isAfter(dayjs(), 'day')} />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={completing ? t('visits.actionPoint.note') : t('visits.actionPoint.cancelReason')}
          rules={[{ max: 2000 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
