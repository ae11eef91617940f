import { App, Button, Drawer, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { agreementLabel } from '@/components/parties';
import type { Schemas } from '@/lib/api/client';
import { useFormProblems } from '@/lib/form-problems';
import { useMe } from '@/lib/me';
import { paths } from '@/lib/paths';
import { useAgreementOptions, useOrganizationOptions } from '../api/get-lookups';
import { useCreatePractice, useUpdatePractice } from '../api/save-practice';
import { AREAS, type PracticeArea } from '../filters';

type Practice = Schemas['GoodPractice'];

interface FormValues {
  organizationId?: number;
  agreementId?: number;
  title: string;
  whatWasDone: string;
  results: string;
  area?: PracticeArea;
  year: number;
  tags?: string[];
}

interface PracticeFormDrawerProps {
  open: boolean;
  onClose: () => void;
  /** The practice to edit; a new draft without it. */
  practice?: Practice;
}

/**
 * Writes up or edits a practice. A unit writes for itself; a district picks an agreement of its
 * district (its partner becomes the author); the province picks the author unit or an agreement.
 */
export function PracticeFormDrawer({ open, onClose, practice }: PracticeFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const me = useMe();
  const scope = me.data?.scope?.kind;
  const create = useCreatePractice();
  const update = useUpdatePractice();
  const { alert, handleError, reset } = useFormProblems(form);
  const [agreementSearch, setAgreementSearch] = useState('');
  const [organizationSearch, setOrganizationSearch] = useState('');
  const agreements = useAgreementOptions(agreementSearch.trim() || undefined, open);
  const choosesAuthor = !practice && scope === 'province';
  const organizations = useOrganizationOptions(organizationSearch.trim() || undefined, open && choosesAuthor);

  const agreementOptions = new Map<number, string>();
  if (practice?.agreement?.id) {
    agreementOptions.set(practice.agreement.id, agreementLabel(practice.agreement));
  }
  for (const agreement of agreements.data?.items ?? []) {
    if (agreement.id !== undefined && (!practice || agreement.organization?.id === practice.organization?.id)) {
      agreementOptions.set(agreement.id, agreementLabel(agreement));
    }
  }

  const initialValues: Partial<FormValues> = practice
    ? {
        agreementId: practice.agreement?.id,
        title: practice.title,
        whatWasDone: practice.whatWasDone,
        results: practice.results,
        area: practice.area ?? undefined,
        year: practice.year,
        tags: practice.tags,
      }
    : { year: new Date().getFullYear(), tags: [] };

  const submit = (values: FormValues) => {
    reset();
    const common = {
      agreementId: values.agreementId,
      title: values.title,
      whatWasDone: values.whatWasDone,
      results: values.results,
      area: values.area,
      year: values.year,
      tags: values.tags ?? [],
    };
    if (practice?.id !== undefined) {
      update.mutate(
        { id: practice.id, version: practice.version, body: common },
        {
          onSuccess: () => {
            void message.success(t('practices.form.saved'));
            onClose();
          },
          onError: handleError,
        },
      );
      return;
    }
    create.mutate(
      { ...common, organizationId: values.organizationId },
      {
        onSuccess: (created) => {
          void message.success(t('practices.form.created'));
          onClose();
          if (created.id !== undefined) {
            void navigate(paths.practice(created.id));
          }
        },
        onError: handleError,
      },
    );
  };

  const required = [{ required: true, whitespace: true, message: t('practices.form.required') }];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={680}
      title={practice ? t('practices.form.editTitle') : t('practices.form.createTitle')}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {alert}
      <Form<FormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={submit}>
        {choosesAuthor && (
          <Form.Item name="organizationId" label={t('practices.form.organization')} extra={t('practices.form.organizationHelp')}>
            <Select
              allowClear
              showSearch={{ filterOption: false, onSearch: setOrganizationSearch, searchValue: organizationSearch }}
              loading={organizations.isFetching}
              options={(organizations.data?.items ?? []).map((organization) => ({ value: organization.id, label: organization.name }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="agreementId"
          label={t('practices.form.agreement')}
          extra={t('practices.form.agreementHelp')}
          rules={scope === 'district' ? [{ required: true, message: t('practices.form.required') }] : []}
        >
          <Select
            allowClear
            placeholder={t('practices.form.search')}
            showSearch={{ filterOption: false, onSearch: setAgreementSearch, searchValue: agreementSearch }}
            loading={agreements.isFetching}
            popupMatchSelectWidth={false}
            options={[...agreementOptions].map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('practices.form.title')} rules={[...required, { max: 300 }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="whatWasDone" label={t('practices.form.whatWasDone')} rules={[...required, { max: 8000 }]}>
          <Input.TextArea rows={6} maxLength={8000} showCount />
        </Form.Item>
        <Form.Item name="results" label={t('practices.form.results')} rules={[...required, { max: 8000 }]}>
          <Input.TextArea rows={4} maxLength={8000} showCount />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="year" label={t('practices.form.year')} rules={[{ required: true, message: t('practices.form.required') }]}>
            <InputNumber min={2000} max={2100} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="area" label={t('practices.form.area')} style={{ minWidth: 280 }}>
            <Select allowClear options={AREAS.map((area) => ({ value: area, label: t(`area.${area}`) }))} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="tags"
          label={t('practices.form.tags')}
          extra={t('practices.form.tagsHelp')}
          rules={[{ type: 'array', max: 10, message: t('practices.form.tagsHelp') }]}
        >
          <Select mode="tags" tokenSeparators={[',']} open={false} suffixIcon={null} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
