import { App, Button, DatePicker, Drawer, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, toIsoDate } from '@/lib/format';
import { useFormProblems } from '@/lib/form-problems';
import { matchesQuery } from '@/lib/search';
import { useOrganizations } from '../api/get-organizations';
import { usePeriods } from '../api/get-periods';
import { useSendInvitations } from '../api/send-invitations';
import type { InvitationBody } from '../types';

interface InvitationFormValues {
  periodId?: number;
  organizationIds?: number[];
  replyBy?: Dayjs;
  message?: string;
  documentNumber?: string;
}

export function toInvitationBody(values: InvitationFormValues): InvitationBody {
  return {
    periodId: values.periodId ?? 0,
    organizationIds: values.organizationIds ?? [],
    replyBy: toIsoDate(values.replyBy) ?? '',
    message: values.message?.trim() || undefined,
    documentNumber: values.documentNumber?.trim() || undefined,
  };
}

interface SendInvitationsDrawerProps {
  open: boolean;
  /** Organisations chosen beforehand (`?organizationIds=1,2`), e.g. from the list of those that do not take part. */
  initialOrganizationIds: number[];
  onClose: () => void;
}

/** "Gửi thư mời": a period, the organisations to invite, the reply date and an optional message. */
export function SendInvitationsDrawer({ open, initialOrganizationIds, onClose }: SendInvitationsDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<InvitationFormValues>();
  const periods = usePeriods();
  const organizations = useOrganizations(open);
  const send = useSendInvitations();
  const { alert, handleError, reset } = useFormProblems(form);
  const initialKey = initialOrganizationIds.join(',');
  const latestPeriod = periods.data?.[0]?.id;

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({
        organizationIds: initialKey ? initialKey.split(',').map(Number) : [],
        replyBy: dayjs().add(30, 'day'),
      });
      reset();
    }
  }, [open, form, reset, initialKey]);

  // The periods may arrive after the drawer opened: the newest one is the default, without resetting what was typed.
  useEffect(() => {
    if (open && latestPeriod !== undefined && form.getFieldValue('periodId') === undefined) {
      form.setFieldValue('periodId', latestPeriod);
    }
  }, [open, form, latestPeriod]);

  const submit = (values: InvitationFormValues) => {
    reset();
    send.mutate(toInvitationBody(values), {
      onSuccess: (sent) => {
        void message.success(t('joining.invitation.sent', { count: sent.length }));
        onClose();
      },
      onError: handleError,
    });
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={560}
      title={t('joining.invitation.send')}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={send.isPending} onClick={() => window.setTimeout(() => form.submit(), 100)}>
            {t('joining.invitation.send')}
          </Button>
        </Flex>
      }
    >
      {alert}
      <Form form={form} name="send-invitations" layout="vertical" onFinish={submit} disabled={send.isPending}>
        <Form.Item name="periodId" label={t('joining.invitation.period')} rules={[{ required: true }]}>
          <Select
            loading={periods.isPending}
            options={(periods.data ?? []).map((period) => ({ value: period.id, label: period.name }))}
          />
        </Form.Item>
        <Form.Item
          name="organizationIds"
          label={t('joining.invitation.organizations')}
          extra={t('joining.invitation.organizationsHelp')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          <Select
            mode="multiple"
            loading={organizations.isPending}
            showSearch={{
              filterOption: (input, option) => matchesQuery(String(option?.label ?? ''), input),
            }}
            options={(organizations.data ?? [])
              .filter((organization) => organization.active !== false)
              .map((organization) => ({ value: organization.id, label: organization.name }))}
          />
        </Form.Item>
        <Form.Item name="replyBy" label={t('joining.invitation.replyBy')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="documentNumber"
          label={t('joining.invitation.documentNumber')}
          extra={t('joining.invitation.documentNumberHelp')}
          rules={[{ max: 20 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="message" label={t('joining.invitation.message')} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
