import { Alert, App, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';
import { useFormProblems } from '@/lib/form-problems';
import { usePledgeAgreements } from '../api/lookups';
import { usePledge } from '../api/mutations';
import { VndInput } from './vnd-input';

interface PledgeValues {
  agreementId?: number;
  pledgedVnd?: number | null;
  year?: number | null;
  description?: string;
}

interface PledgeModalProps {
  need: Schemas['Need'] | undefined;
  open: boolean;
  onClose: () => void;
}

/**
 * "Nhận hỗ trợ": a partner takes on a need under its agreement with the commune. The pledge becomes
 * an item of the agreement's annual programme, which the district then agrees.
 */
export function PledgeModal({ need, open, onClose }: PledgeModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PledgeValues>();
  const pledge = usePledge();
  const { alert, handleError, reset } = useFormProblems(form);
  const agreements = usePledgeAgreements(need?.commune?.id ?? 0, need?.district?.id ?? 0, open && need !== undefined);
  const options = (agreements.data ?? []).map((a) => ({
    value: a.id as number,
    label: `${a.organization?.name ?? ''} → ${a.recipient?.kindLabel ?? ''} ${a.recipient?.name ?? ''} (${a.period?.name ?? ''})`,
  }));

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({
        pledgedVnd: Math.max((need?.estimatedVnd ?? 0) - (need?.pledgedVnd ?? 0), 0) || undefined,
        year: need?.targetYear,
      });
      reset();
    }
  }, [open, need, form, reset]);

  useEffect(() => {
    const [only] = options;
    if (open && options.length === 1 && only && form.getFieldValue('agreementId') === undefined) {
      form.setFieldValue('agreementId', only.value);
    }
  }, [open, options, form]);

  const submit = (values: PledgeValues) => {
    if (need?.id === undefined) {
      return;
    }
    reset();
    pledge.mutate(
      {
        needId: need.id,
        body: {
          agreementId: values.agreementId as number,
          pledgedVnd: values.pledgedVnd as number,
          year: values.year as number,
          description: values.description?.trim() || undefined,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('needs.pledge.done'));
          onClose();
        },
        onError: handleError,
      },
    );
  };

  const noAgreement = agreements.isSuccess && options.length === 0;
  return (
    <Modal
      open={open}
      title={t('needs.pledge.title')}
      okText={t('needs.pledge.submit')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: noAgreement, loading: pledge.isPending }}
      destroyOnHidden
    >
      <Typography.Paragraph>
        <strong>{need?.title}</strong> — {need?.commune?.name}, {need?.district?.name}
      </Typography.Paragraph>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('needs.pledge.explanation')} />
      {noAgreement && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('needs.pledge.noAgreement')} />}
      {alert}
      <Form form={form} name="pledge" layout="vertical" onFinish={submit} disabled={pledge.isPending}>
        <Form.Item name="agreementId" label={t('needs.pledge.agreement')} rules={[{ required: true }]}>
          <Select options={options} loading={agreements.isLoading} />
        </Form.Item>
        <Form.Item name="pledgedVnd" label={t('needs.pledge.amount')} rules={[{ required: true }]}>
          <VndInput min={1} />
        </Form.Item>
        <Form.Item name="year" label={t('needs.pledge.year')} rules={[{ required: true }]}>
          <InputNumber min={1990} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="description" label={t('needs.pledge.description')} rules={[{ max: 1500 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
