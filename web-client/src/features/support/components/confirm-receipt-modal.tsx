import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/money';
import type { Schemas } from '@/lib/api/client';
import { formatDate } from '@/lib/format';
import { useFormProblems } from '@/lib/form-problems';
import { useConfirmSupportRecord } from '../api/confirm-support-record';
import { recipientName } from '@/components/parties';

interface ConfirmReceiptModalProps {
  /** The record as the user saw it (its version goes in If-Match); absent when closed. */
  record: Schemas['SupportRecord'] | undefined;
  onClose: () => void;
  /** Re-reads the record; offered when someone changed it meanwhile (412). */
  onReload: () => unknown;
}

/** The receiving district confirms it received the support, with an optional note. */
export function ConfirmReceiptModal({ record, onClose, onReload }: ConfirmReceiptModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const confirm = useConfirmSupportRecord();
  const { alert, handleError, reset } = useFormProblems(form, { onReload });
  const open = record !== undefined;

  useEffect(() => {
    if (open) {
      form.resetFields();
      reset();
    }
  }, [open, form, reset]);

  const submit = ({ note }: { note?: string }) => {
    if (record?.id === undefined) {
      return;
    }
    reset();
    confirm.mutate(
      { id: record.id, version: record.version, note: note?.trim() || undefined },
      {
        onSuccess: () => {
          void message.success(t('support.confirmDone'));
          onClose();
        },
        onError: handleError,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('support.confirmTitle')}
      okText={t('support.confirm')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={confirm.isPending}
      destroyOnHidden
    >
      {record && (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text strong>{record.description}</Typography.Text>
          <div>
            {formatDate(record.supportDate)} · <Money value={record.valueVnd} /> ·{' '}
            {record.agreement?.organization?.name} → {recipientName(record.agreement?.recipient)}
          </div>
        </div>
      )}
      <Alert type="info" showIcon title={t('support.confirmHint')} style={{ marginBottom: 12 }} />
      {alert}
      <Form form={form} name="confirm-receipt" layout="vertical" onFinish={submit} disabled={confirm.isPending}>
        <Form.Item name="note" label={t('support.confirmNote')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
