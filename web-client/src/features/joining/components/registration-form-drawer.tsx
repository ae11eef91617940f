import { App, Button, Checkbox, DatePicker, Drawer, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DATE_FORMAT, toIsoDate } from '@/lib/format';
import { useFormProblems } from '@/lib/form-problems';
import { useCan } from '@/lib/me';
import { paths } from '@/lib/paths';
import { matchesQuery } from '@/lib/search';
import { useEligibleCommunes } from '../api/get-eligible-communes';
import { useInvitations } from '../api/get-invitations';
import { useOrganizations } from '../api/get-organizations';
import { usePeriods } from '../api/get-periods';
import { useCreateRegistration } from '../api/registration-steps';
import type { EligibleCommune, RegistrationBody, SupportArea } from '../types';

const AREAS: SupportArea[] = ['spiritual', 'material', 'production'];

interface RegistrationFormValues {
  organizationId?: number;
  periodId?: number;
  communeIds?: number[];
  supportAreas?: SupportArea[];
  commitment?: string;
  proposedStartDate?: Dayjs;
  contactName?: string;
  contactTitle?: string;
  contactPhone?: string;
  contactEmail?: string;
}

export function toRegistrationBody(values: RegistrationFormValues, invitationId: number | undefined): RegistrationBody {
  return {
    organizationId: values.organizationId,
    periodId: values.periodId ?? 0,
    invitationId,
    communeIds: values.communeIds ?? [],
    supportAreas: values.supportAreas ?? [],
    commitment: values.commitment?.trim() ?? '',
    proposedStartDate: toIsoDate(values.proposedStartDate) ?? '',
    contactName: values.contactName?.trim() ?? '',
    contactTitle: values.contactTitle?.trim() || undefined,
    contactPhone: values.contactPhone?.trim() || undefined,
    contactEmail: values.contactEmail?.trim() || undefined,
  };
}

/** "Xã A Vao — Nam Giang · chưa có đơn vị kết nghĩa": communes without a partner say so. */
export function communeLabel(commune: EligibleCommune, noPartner: string, partners: (count: number) => string): string {
  const place = `${commune.kindLabel ?? ''} ${commune.name ?? ''}`.trim();
  const count = commune.activePartners ?? 0;
  return `${place.charAt(0).toUpperCase()}${place.slice(1)} — ${commune.district?.name ?? ''} · ${count === 0 ? noPartner : partners(count)}`;
}

interface RegistrationFormDrawerProps {
  open: boolean;
  /** The invitation this answers, from the notice's link. */
  invitationId: number | undefined;
  onClose: () => void;
}

/**
 * "Đăng ký tham gia": the period, up to five especially-difficult communes (those still without a
 * partner listed first), support areas, what the organisation intends to do and who is in charge.
 * The province also chooses the organisation it registers for.
 */
export function RegistrationFormDrawer({ open, invitationId, onClose }: RegistrationFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const can = useCan();
  const onBehalf = can('joining.manage');
  const [form] = Form.useForm<RegistrationFormValues>();
  const periods = usePeriods();
  const organizations = useOrganizations(open && onBehalf);
  const invitations = useInvitations({ size: 100 });
  const invitation = invitations.data?.items?.find((item) => item.id === invitationId);
  const periodId = Form.useWatch('periodId', form);
  const communes = useEligibleCommunes(open ? periodId : undefined);
  const create = useCreateRegistration();
  const { alert, handleError, reset } = useFormProblems(form);
  const defaultPeriod = invitation?.period?.id ?? periods.data?.[0]?.id;
  const defaultOrganization = invitation?.organization?.id;

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ supportAreas: [] });
      reset();
    }
  }, [open, form, reset]);

  // The invitation and the periods may arrive after the drawer opened: they fill what is still empty.
  useEffect(() => {
    if (!open) {
      return;
    }
    if (defaultPeriod !== undefined && form.getFieldValue('periodId') === undefined) {
      form.setFieldValue('periodId', defaultPeriod);
    }
    if (defaultOrganization !== undefined && form.getFieldValue('organizationId') === undefined) {
      form.setFieldValue('organizationId', defaultOrganization);
    }
  }, [open, form, defaultPeriod, defaultOrganization]);

  const sorted = [...(communes.data ?? [])].sort(
    (a, b) => Number((a.activePartners ?? 0) > 0) - Number((b.activePartners ?? 0) > 0),
  );

  const submit = (values: RegistrationFormValues) => {
    reset();
    create.mutate(toRegistrationBody(values, invitationId), {
      onSuccess: (registration) => {
        void message.success(t('joining.registration.submitted'));
        navigate(paths.registration(registration.id ?? 0));
      },
      onError: handleError,
    });
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={620}
      title={t('joining.registration.new')}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => window.setTimeout(() => form.submit(), 100)}>
            {t('joining.registration.submit')}
          </Button>
        </Flex>
      }
    >
      {alert}
      <Form form={form} name="registration" layout="vertical" onFinish={submit} disabled={create.isPending}>
        {onBehalf && (
          <Form.Item name="organizationId" label={t('joining.registration.organization')} rules={[{ required: true }]}>
            <Select
              loading={organizations.isPending}
              showSearch={{ filterOption: (input, option) => matchesQuery(String(option?.label ?? ''), input) }}
              options={(organizations.data ?? []).map((organization) => ({ value: organization.id, label: organization.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="periodId" label={t('joining.registration.period')} rules={[{ required: true }]}>
          <Select
            loading={periods.isPending}
            onChange={() => form.setFieldValue('communeIds', [])}
            options={(periods.data ?? []).map((period) => ({ value: period.id, label: period.name }))}
          />
        </Form.Item>
        <Form.Item
          name="communeIds"
          label={t('joining.registration.communes')}
          extra={t('joining.registration.communesHelp')}
          rules={[{ required: true, type: 'array', min: 1, max: 5 }]}
        >
          <Select
            mode="multiple"
            maxCount={5}
            loading={communes.isFetching}
            showSearch={{ filterOption: (input, option) => matchesQuery(String(option?.label ?? ''), input) }}
            options={sorted.map((commune) => ({
              value: commune.id,
              label: communeLabel(commune, t('joining.registration.noPartner'), (count) =>
                t('joining.registration.partners', { count }),
              ),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="supportAreas"
          label={t('joining.registration.areas')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          <Checkbox.Group options={AREAS.map((area) => ({ value: area, label: t(`area.${area}`) }))} />
        </Form.Item>
        <Form.Item
          name="commitment"
          label={t('joining.registration.commitment')}
          rules={[{ required: true, whitespace: true }, { max: 4000 }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="proposedStartDate" label={t('joining.registration.startDate')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="contactName"
            label={t('joining.registration.contactName')}
            rules={[{ required: true, whitespace: true }, { max: 200 }]}
            style={{ flex: '1 1 240px' }}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="contactTitle"
            label={t('joining.registration.contactTitle')}
            rules={[{ max: 200 }]}
            style={{ flex: '1 1 240px' }}
          >
            <Input />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item
            name="contactPhone"
            label={t('joining.registration.contactPhone')}
            rules={[{ max: 50 }]}
            style={{ flex: '1 1 240px' }}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="contactEmail"
            label={t('joining.registration.contactEmail')}
            rules={[{ type: 'email' }, { max: 200 }]}
            style={{ flex: '1 1 240px' }}
          >
            <Input />
          </Form.Item>
        </Flex>
      </Form>
    </Drawer>
  );
}
