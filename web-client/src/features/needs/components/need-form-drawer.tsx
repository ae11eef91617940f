import { App, Button, Col, Drawer, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';
import { useFormProblems } from '@/lib/form-problems';
import { useMe } from '@/lib/me';
import { foldVietnamese } from '@/lib/search';
import { useCategories, useCommunes, useDistricts } from '../api/lookups';
import { useCreateNeed, useUpdateNeed } from '../api/mutations';
import { NEED_PRIORITIES, SUPPORT_AREAS, type NeedPriority } from '../filters';
import { VndInput } from './vnd-input';

type Need = Schemas['Need'];

/** The form's fields, named as the request's so the server's `/communeId` lands on `communeId`. */
interface NeedValues {
  districtId?: number;
  communeId?: number;
  categoryId?: number;
  title?: string;
  description?: string;
  estimatedVnd?: number | null;
  priority?: NeedPriority;
  targetYear?: number | null;
}

interface NeedFormDrawerProps {
  open: boolean;
  /** The need being edited, as last read (its version goes in If-Match); absent to create. */
  need?: Need;
  onClose: () => void;
  onSaved?: (id: number | undefined) => void;
  onReload?: () => unknown;
}

const matches = (input: string, option?: { label?: unknown }) =>
  foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input));

/** "Thêm nhu cầu" and editing: a district names a commune of its own district, the province any. */
export function NeedFormDrawer({ open, need, onClose, onSaved, onReload }: NeedFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const ownDistrict = me.data?.scope?.kind === 'district' ? me.data.scope.id : undefined;
  const [form] = Form.useForm<NeedValues>();
  const create = useCreateNeed();
  const update = useUpdateNeed();
  const { alert, handleError, reset } = useFormProblems(form, { onReload });
  const saving = create.isPending || update.isPending;

  const chosenDistrict = Form.useWatch('districtId', form);
  const districtId = ownDistrict ?? chosenDistrict;
  const districts = useDistricts();
  const communes = useCommunes(districtId, open && districtId !== undefined);
  const categories = useCategories();

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(
        need
          ? {
              districtId: need.district?.id,
              communeId: need.commune?.id,
              categoryId: need.category?.id,
              title: need.title,
              description: need.description,
              estimatedVnd: need.estimatedVnd,
              priority: need.priority,
              targetYear: need.targetYear,
            }
          : { districtId: ownDistrict, priority: 'medium', targetYear: new Date().getFullYear() },
      );
      reset();
    }
  }, [open, need, ownDistrict, form, reset]);

  const submit = (values: NeedValues) => {
    reset();
    const body: Schemas['NeedRequest'] = {
      communeId: values.communeId as number,
      categoryId: values.categoryId as number,
      title: values.title?.trim() ?? '',
      description: values.description?.trim() || undefined,
      estimatedVnd: values.estimatedVnd as number,
      priority: values.priority as NeedPriority,
      targetYear: values.targetYear as number,
    };
    const onSuccess = (detail: Schemas['NeedDetail'] | undefined) => {
      void message.success(t('common.saved'));
      onClose();
      onSaved?.(detail?.need?.id);
    };
    if (need?.id !== undefined) {
      update.mutate({ id: need.id, version: need.version, body }, { onSuccess, onError: handleError });
    } else {
      create.mutate(body, { onSuccess, onError: handleError });
    }
  };

  const communeOptions = (communes.data ?? []).map((c) => ({ value: c.id as number, label: c.name ?? '' }));
  if (need?.commune?.id !== undefined && !communeOptions.some((o) => o.value === need.commune?.id)) {
    communeOptions.push({ value: need.commune.id, label: need.commune.name ?? '' });
  }
  const categoryOptions = SUPPORT_AREAS.map((area) => ({
    label: t(`area.${area}`),
    title: t(`area.${area}`),
    options: (categories.data ?? [])
      .filter((category) => category.area === area)
      .map((category) => ({ value: category.id as number, label: category.name ?? '' })),
  })).filter((group) => group.options.length > 0);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={need ? t('needs.edit') : t('needs.create')}
      size={600}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {alert}
      <Form form={form} name="need" layout="vertical" onFinish={submit} disabled={saving}>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="districtId" label={t('needs.field.district')} rules={[{ required: ownDistrict === undefined }]}>
              <Select
                disabled={ownDistrict !== undefined}
                showSearch={{ filterOption: matches }}
                options={(districts.data ?? []).map((d) => ({ value: d.id as number, label: d.name ?? '' }))}
                onChange={() => form.setFieldValue('communeId', undefined)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="communeId" label={t('needs.field.commune')} rules={[{ required: true }]}>
              <Select showSearch={{ filterOption: matches }} options={communeOptions} disabled={districtId === undefined} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={t('needs.field.title')} rules={[{ required: true, whitespace: true }, { max: 300 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="categoryId" label={t('needs.field.category')} rules={[{ required: true }]}>
          <Select showSearch={{ filterOption: matches }} options={categoryOptions} />
        </Form.Item>
        <Form.Item name="description" label={t('needs.field.description')} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <Form.Item name="estimatedVnd" label={t('needs.field.estimatedVnd')} rules={[{ required: true }]}>
              <VndInput />
            </Form.Item>
          </Col>
          <Col xs={12} sm={7}>
            <Form.Item name="priority" label={t('needs.field.priority')} rules={[{ required: true }]}>
              <Select options={NEED_PRIORITIES.map((p) => ({ value: p, label: t(`needs.priority.${p}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={7}>
            <Form.Item name="targetYear" label={t('needs.field.targetYear')} rules={[{ required: true }]}>
              <InputNumber min={1990} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
