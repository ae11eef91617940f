import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormProblems } from '@/lib/form-problems';
import { matchesQuery } from '@/lib/search';
import { useAddReporter } from '../api/add-reporter';
import { useDistricts } from '../api/get-districts';
import { useOrganizations } from '../api/get-organizations';

interface AddReporterValues {
  kind: 'organization' | 'district';
  organizationId?: number;
  districtId?: number;
  reason?: string;
}

const labelMatches = (input: string, option?: { label?: unknown }) => matchesQuery(String(option?.label ?? ''), input);

/** Puts a partner unit or a district on the roster of an open period, with the reason (kept on the report). */
export function AddReporterModal({ periodId, open, onClose }: { periodId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddReporterValues>();
  const kind = Form.useWatch('kind', form) ?? 'organization';
  const organizations = useOrganizations(open && kind === 'organization');
  const districts = useDistricts(open && kind === 'district');
  const add = useAddReporter();
  const { alert, handleError, reset } = useFormProblems(form);

  useEffect(() => {
    if (open) {
      form.resetFields();
      reset();
    }
  }, [open, form, reset]);

  const submit = (values: AddReporterValues) => {
    reset();
    const body =
      values.kind === 'district'
        ? { districtId: values.districtId, reason: values.reason?.trim() ?? '' }
        : { organizationId: values.organizationId, reason: values.reason?.trim() ?? '' };
    add.mutate(
      { periodId, body },
      {
        onSuccess: () => {
          void message.success(t('reporting.roster.added'));
          onClose();
        },
        onError: handleError,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('reporting.roster.addTitle')}
      okText={t('reporting.roster.add')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      forceRender
    >
      {alert}
      <Form
        form={form}
        name="add-reporter"
        layout="vertical"
        initialValues={{ kind: 'organization' }}
        onFinish={submit}
        disabled={add.isPending}
      >
        <Form.Item name="kind" label={t('reporting.roster.kind')}>
          <Radio.Group
            options={[
              { value: 'organization', label: t('reporting.roster.organization') },
              { value: 'district', label: t('reporting.roster.district') },
            ]}
          />
        </Form.Item>
        {kind === 'organization' ? (
          <Form.Item name="organizationId" label={t('reporting.roster.organization')} rules={[{ required: true }]}>
            <Select
              showSearch={{ filterOption: labelMatches }}
              loading={organizations.isPending}
              options={(organizations.data ?? []).map((organization) => ({ value: organization.id, label: organization.name }))}
            />
          </Form.Item>
        ) : (
          <Form.Item name="districtId" label={t('reporting.roster.district')} rules={[{ required: true }]}>
            <Select
              showSearch={{ filterOption: labelMatches }}
              loading={districts.isPending}
              options={(districts.data ?? []).map((district) => ({ value: district.id, label: district.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('reporting.roster.reason')} rules={[{ required: true, whitespace: true }, { max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
