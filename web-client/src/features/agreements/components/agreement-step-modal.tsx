import { App, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';
import { useFormProblems } from '@/lib/form-problems';
import { useActivateAgreement } from '../api/activate-agreement';
import { useEndAgreement } from '../api/end-agreement';
import { useSuspendAgreement } from '../api/suspend-agreement';

export type AgreementStep = 'activate' | 'suspend' | 'end';

interface AgreementStepModalProps {
  /** The step to take, or none when closed. */
  step: AgreementStep | undefined;
  agreement: Schemas['Agreement'];
  onClose: () => void;
  onReload: () => unknown;
}

/** Activate, suspend or end, with an optional note kept in the history. */
export function AgreementStepModal({ step, agreement, onClose, onReload }: AgreementStepModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Schemas['StatusChange']>();
  const mutations = { activate: useActivateAgreement(), suspend: useSuspendAgreement(), end: useEndAgreement() };
  const mutation = step ? mutations[step] : undefined;
  const { alert, handleError, reset } = useFormProblems(form, {
    onReload: () => {
      onClose();
      return onReload();
    },
  });

  useEffect(() => {
    if (step) {
      form.resetFields();
      reset();
    }
  }, [step, form, reset]);

  const submit = ({ note }: Schemas['StatusChange']) => {
    if (!step || !mutation || agreement.id === undefined) {
      return;
    }
    reset();
    mutation.mutate(
      { id: agreement.id, version: agreement.version, body: { note: note?.trim() || undefined } },
      {
        onSuccess: () => {
          void message.success(t(`agreements.steps.${step}.done`));
          onClose();
        },
        onError: handleError,
      },
    );
  };

  return (
    <Modal
      open={step !== undefined}
      title={step ? t(`agreements.steps.${step}.title`) : undefined}
      okText={step ? t(`agreements.steps.${step}.button`) : undefined}
      okButtonProps={{ danger: step === 'end' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation?.isPending}
      forceRender
    >
      {step && <Typography.Paragraph>{t(`agreements.steps.${step}.explain`)}</Typography.Paragraph>}
      {alert}
      <Form
        form={form}
        name={`agreement-${agreement.id ?? 'new'}-step`}
        layout="vertical"
        onFinish={submit}
        disabled={mutation?.isPending}
      >
        <Form.Item name="note" label={t('agreements.steps.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} placeholder={t('agreements.steps.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
