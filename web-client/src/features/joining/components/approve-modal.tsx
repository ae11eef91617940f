import { Alert, App, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '@/lib/format';
import { useFormProblems } from '@/lib/form-problems';
import { useApproveRegistration } from '../api/registration-steps';
import type { Registration } from '../types';

interface ApproveValues {
  communeIds?: number[];
  startDate?: Dayjs;
  note?: string;
}

/** Approve: which of the proposed communes (all by default) and from when; each gets a proposed agreement. */
export function ApproveModal({
  registration,
  open,
  onClose,
  onReload,
}: {
  registration: Registration;
  open: boolean;
  onClose: () => void;
  onReload: () => unknown;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ApproveValues>();
  const approve = useApproveRegistration();
  const { alert, handleError, reset } = useFormProblems(form, { onReload });

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({
        communeIds: (registration.communes ?? []).map((commune) => commune.id ?? 0),
        startDate: fromIsoDate(registration.proposedStartDate),
      });
      reset();
    }
  }, [open, form, reset, registration]);

  const submit = (values: ApproveValues) => {
    reset();
    approve.mutate(
      {
        id: registration.id ?? 0,
        version: registration.version,
        communeIds: values.communeIds,
        startDate: toIsoDate(values.startDate),
        note: values.note?.trim() || undefined,
      },
      {
        onSuccess: () => {
          void message.success(t('joining.registration.approved'));
          onClose();
        },
        onError: handleError,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('joining.registration.approveTitle')}
      okText={t('joining.registration.approve')}
      cancelText={t('common.cancel')}
      onOk={() => window.setTimeout(() => form.submit(), 100)}
      onCancel={onClose}
      confirmLoading={approve.isPending}
      forceRender
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('joining.registration.approveHelp')} />
      {alert}
      <Form form={form} name="approve-registration" layout="vertical" onFinish={submit} disabled={approve.isPending}>
        <Form.Item
          name="communeIds"
          label={t('joining.registration.approveCommunes')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={(registration.communes ?? []).map((commune) => ({
              value: commune.id ?? 0,
              label: `${commune.kindLabel ?? ''} ${commune.name ?? ''} (${commune.district?.name ?? ''})`.trim(),
            }))}
          />
        </Form.Item>
        <Form.Item name="startDate" label={t('joining.registration.approveStart')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('joining.registration.approveNote')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
