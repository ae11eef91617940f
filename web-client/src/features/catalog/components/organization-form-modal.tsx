import { App, Flex, Form, Input, Modal, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import type { Schemas } from '@/lib/api/client';
import { useFormProblems } from '@/lib/form-problems';
import { useCreateOrganization } from '../api/create-organization';
import { useLowlandDistricts } from '../api/get-lowland-districts';
import { useOrganization } from '../api/get-organization';
import { useUpdateOrganization } from '../api/update-organization';
import { organizationKinds } from './organization-kinds';

type Organization = Schemas['Organization'];
type OrganizationRequest = Schemas['OrganizationRequest'];

function toFormValues(organization: Organization): Partial<OrganizationRequest> {
  return {
    code: organization.code,
    name: organization.name,
    kind: organization.kind,
    adminUnitId: organization.adminUnit?.id,
    address: organization.address,
    phone: organization.phone,
    email: organization.email,
    officerName: organization.officerName,
    officerTitle: organization.officerTitle,
    officerPhone: organization.officerPhone,
    officerEmail: organization.officerEmail,
    active: organization.active ?? true,
  };
}

/** Empty inputs are left out rather than sent as "" (the API would keep an empty string). */
export function toOrganizationRequest(values: OrganizationRequest): OrganizationRequest {
  const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    kind: values.kind,
    adminUnitId: values.kind === 'lowland_district' ? values.adminUnitId : undefined,
    address: blankToUndefined(values.address),
    phone: blankToUndefined(values.phone),
    email: blankToUndefined(values.email),
    officerName: blankToUndefined(values.officerName),
    officerTitle: blankToUndefined(values.officerTitle),
    officerPhone: blankToUndefined(values.officerPhone),
    officerEmail: blankToUndefined(values.officerEmail),
    active: values.active ?? true,
  };
}

interface OrganizationFormModalProps {
  open: boolean;
  /** The organisation to edit; absent to create. Its version comes from a fresh read. */
  id?: number;
  onClose: () => void;
}

export function OrganizationFormModal({ open, id, onClose }: OrganizationFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrganizationRequest>();
  const organization = useOrganization(open ? id : undefined);
  const create = useCreateOrganization();
  const update = useUpdateOrganization();
  const { alert, handleError, reset } = useFormProblems(form, { onReload: () => organization.refetch() });
  const kind = Form.useWatch('kind', form);
  const districts = useLowlandDistricts(open && kind === 'lowland_district');
  const saving = create.isPending || update.isPending;
  const loading = id !== undefined && organization.isPending;

  useEffect(() => {
    if (!open) {
      return;
    }
    reset();
    form.resetFields();
    if (id === undefined) {
      form.setFieldsValue({ active: true });
    } else if (organization.data) {
      form.setFieldsValue(toFormValues(organization.data));
    }
  }, [open, id, organization.data, form, reset]);

  const submit = (values: OrganizationRequest) => {
    reset();
    const body = toOrganizationRequest(values);
    const onSuccess = () => {
      void message.success(t('common.saved'));
      onClose();
    };
    if (id !== undefined) {
      update.mutate({ id, version: organization.data?.version, body }, { onSuccess, onError: handleError });
    } else {
      create.mutate(body, { onSuccess, onError: handleError });
    }
  };

  return (
    <Modal
      open={open}
      width={720}
      title={id !== undefined ? t('catalog.organizations.edit') : t('catalog.organizations.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ disabled: loading }}
      forceRender
    >
      {loading && <LoadingState />}
      {organization.isError && <ErrorAlert error={organization.error} onRetry={() => organization.refetch()} />}
      {alert}
      <Form form={form} layout="vertical" onFinish={submit} disabled={saving} style={{ display: loading ? 'none' : undefined }}>
        <Flex gap={16} wrap>
          <Form.Item name="code" label={t('common.code')} rules={[{ required: true }, { max: 30 }]} style={{ flex: '1 1 160px' }}>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={t('catalog.organizations.kind')} rules={[{ required: true }]} style={{ flex: '2 1 260px' }}>
            <Select options={organizationKinds.map((value) => ({ value, label: t(`orgKind.${value}`) }))} />
          </Form.Item>
        </Flex>
        <Form.Item name="name" label={t('catalog.organizations.name')} rules={[{ required: true }, { max: 300 }]}>
          <Input />
        </Form.Item>
        {kind === 'lowland_district' && (
          <Form.Item name="adminUnitId" label={t('catalog.organizations.adminUnit')} rules={[{ required: true }]}>
            <Select
              loading={districts.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              options={(districts.data ?? []).map((unit) => ({ value: unit.id ?? 0, label: unit.name ?? unit.code }))}
            />
          </Form.Item>
        )}
        <Form.Item name="address" label={t('catalog.organizations.address')} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="phone" label={t('catalog.organizations.phone')} rules={[{ max: 50 }]} style={{ flex: '1 1 200px' }}>
            <Input />
          </Form.Item>
          <Form.Item name="email" label={t('catalog.organizations.email')} rules={[{ max: 200 }]} style={{ flex: '1 1 200px' }}>
            <Input type="email" />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item name="officerName" label={t('catalog.organizations.officerName')} rules={[{ max: 200 }]} style={{ flex: '1 1 200px' }}>
            <Input />
          </Form.Item>
          <Form.Item name="officerTitle" label={t('catalog.organizations.officerTitle')} rules={[{ max: 200 }]} style={{ flex: '1 1 200px' }}>
            <Input />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item name="officerPhone" label={t('catalog.organizations.officerPhone')} rules={[{ max: 50 }]} style={{ flex: '1 1 200px' }}>
            <Input />
          </Form.Item>
          <Form.Item name="officerEmail" label={t('catalog.organizations.officerEmail')} rules={[{ max: 200 }]} style={{ flex: '1 1 200px' }}>
            <Input type="email" />
          </Form.Item>
        </Flex>
        <Form.Item name="active" label={t('catalog.organizations.participation')} valuePropName="checked">
          <Switch checkedChildren={t('catalog.organizations.active')} unCheckedChildren={t('catalog.organizations.inactive')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
