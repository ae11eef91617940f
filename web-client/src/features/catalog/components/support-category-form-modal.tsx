import { App, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';
import { useFormProblems } from '@/lib/form-problems';
import { useCreateSupportCategory } from '../api/create-support-category';
import { useUpdateSupportCategory } from '../api/update-support-category';

type SupportCategory = Schemas['SupportCategory'];
type SupportCategoryRequest = Schemas['SupportCategoryRequest'];

export type SupportCategoryEditing =
  | { mode: 'closed' }
  | { mode: 'create'; area: Schemas['SupportArea'] }
  | { mode: 'edit'; id: number };

interface SupportCategoryFormModalProps {
  editing: SupportCategoryEditing;
  /** The row being edited, from the current list (so a reload brings its new version). */
  category?: SupportCategory;
  onClose: () => void;
  onReload: () => unknown;
}

export function SupportCategoryFormModal({ editing, category, onClose, onReload }: SupportCategoryFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SupportCategoryRequest>();
  const create = useCreateSupportCategory();
  const update = useUpdateSupportCategory();
  const { alert, handleError, reset } = useFormProblems(form, { onReload });
  const saving = create.isPending || update.isPending;
  const open = editing.mode !== 'closed';

  useEffect(() => {
    if (!open) {
      return;
    }
    reset();
    form.resetFields();
    if (editing.mode === 'create') {
      form.setFieldsValue({ area: editing.area, active: true, sortOrder: 0 });
    } else if (category) {
      form.setFieldsValue({
        area: category.area,
        code: category.code,
        name: category.name,
        description: category.description,
        sortOrder: category.sortOrder,
        active: category.active,
      });
    }
  }, [open, editing, category, form, reset]);

  const submit = (values: SupportCategoryRequest) => {
    reset();
    const body: SupportCategoryRequest = {
      ...values,
      code: values.code.trim(),
      name: values.name.trim(),
      description: values.description?.trim() || undefined,
    };
    const onSuccess = () => {
      void message.success(t('common.saved'));
      onClose();
    };
    if (editing.mode === 'edit') {
      update.mutate({ id: editing.id, version: category?.version, body }, { onSuccess, onError: handleError });
    } else {
      create.mutate(body, { onSuccess, onError: handleError });
    }
  };

  return (
    <Modal
      open={open}
      width={640}
      title={editing.mode === 'edit' ? t('catalog.supportCategories.edit') : t('catalog.supportCategories.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      forceRender
    >
      {alert}
      <Form form={form} layout="vertical" onFinish={submit} disabled={saving}>
        <Form.Item name="area" label={t('catalog.supportCategories.area')} rules={[{ required: true }]}>
          <Select options={(['spiritual', 'material', 'production'] as const).map((value) => ({ value, label: t(`area.${value}`) }))} />
        </Form.Item>
        <Form.Item name="code" label={t('common.code')} rules={[{ required: true }, { max: 40 }]}>
          <Input placeholder="PD-SEEDS-LIVESTOCK" />
        </Form.Item>
        <Form.Item name="name" label={t('catalog.supportCategories.name')} rules={[{ required: true }, { max: 300 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('common.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('catalog.supportCategories.sortOrder')}>
          <InputNumber min={0} max={1_000_000} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="active" label={t('catalog.supportCategories.status')} valuePropName="checked">
          <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
