import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '@/lib/format';
import { useFormProblems } from '@/lib/form-problems';
import { useAddPlanItem } from '../api/add-plan-item';
import { useActiveSupportCategories } from '../api/get-support-categories';
import { useUpdatePlanItem } from '../api/update-plan-item';
import { useAreaNames } from '../hooks/use-area-names';
import { formatVndInput, parseVndInput } from '../utils/vnd-input';

type Plan = Schemas['Plan'];
type PlanItem = Schemas['PlanItem'];

interface PlanItemFormValues {
  categoryId?: number;
  description?: string;
  targetQuantity?: number;
  unitOfMeasure?: string;
  plannedVnd?: number;
  startDate?: Dayjs;
  endDate?: Dayjs;
}

interface PlanItemFormModalProps {
  open: boolean;
  plan: Plan;
  /** The item being edited (with its own version); absent to add one. */
  item?: PlanItem;
  onClose: () => void;
  /** Told after a save, so the caller can say that an agreed plan went back to draft. */
  onSaved: () => void;
  onReload: () => unknown;
}

function toFormValues(item: PlanItem | undefined): PlanItemFormValues {
  if (!item) {
    return {};
  }
  return {
    categoryId: item.category?.id,
    description: item.description,
    targetQuantity: item.targetQuantity ?? undefined,
    unitOfMeasure: item.unitOfMeasure,
    plannedVnd: item.plannedVnd,
    startDate: fromIsoDate(item.startDate),
    endDate: fromIsoDate(item.endDate),
  };
}

/** Adds or edits one planned activity: its category (grouped by area), target and budget in VND. */
export function PlanItemFormModal({ open, plan, item, onClose, onSaved, onReload }: PlanItemFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanItemFormValues>();
  const add = useAddPlanItem();
  const update = useUpdatePlanItem();
  const categories = useActiveSupportCategories({ enabled: open });
  const areas = useAreaNames();
  const { alert, handleError, reset } = useFormProblems(form, { onReload });
  const saving = add.isPending || update.isPending;

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(toFormValues(item));
      reset();
    }
  }, [open, item, form, reset]);

  // A retired category stays on the item it was planned with, so it is offered while editing it.
  const offered = [...(categories.data ?? [])];
  if (item?.category?.id !== undefined && !offered.some((category) => category.id === item.category?.id)) {
    offered.push({ id: item.category.id, name: item.category.name, area: item.area });
  }
  const categoryOptions = areas.order
    .concat(offered.map((category) => category.area ?? '').filter((area) => !areas.order.includes(area)))
    .filter((area, index, all) => all.indexOf(area) === index)
    .map((area) => ({
      label: areas.name(area),
      title: areas.name(area),
      options: offered
        .filter((category) => category.area === area)
        .map((category) => ({ value: category.id ?? 0, label: category.name })),
    }))
    .filter((group) => group.options.length > 0);

  const submit = (values: PlanItemFormValues) => {
    if (plan.id === undefined || plan.agreementId === undefined) {
      return;
    }
    reset();
    const body: Schemas['PlanItemRequest'] = {
      categoryId: values.categoryId ?? 0,
      description: values.description?.trim() ?? '',
      targetQuantity: values.targetQuantity ?? undefined,
      unitOfMeasure: values.unitOfMeasure?.trim() || undefined,
      plannedVnd: Number(values.plannedVnd ?? 0),
      startDate: toIsoDate(values.startDate),
      endDate: toIsoDate(values.endDate),
    };
    const onSuccess = () => {
      void message.success(t('common.saved'));
      onClose();
      onSaved();
    };
    const target = { agreementId: plan.agreementId, planId: plan.id };
    if (item?.id !== undefined) {
      update.mutate({ ...target, itemId: item.id, version: item.version, body }, { onSuccess, onError: handleError });
    } else {
      add.mutate({ ...target, body }, { onSuccess, onError: handleError });
    }
  };

  return (
    <Modal
      open={open}
      title={item ? t('plans.items.editTitle') : t('plans.items.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      width={640}
      forceRender
    >
      {plan.status === 'agreed' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('plans.form.agreedWarning')} />
      )}
      {alert}
      <Form<PlanItemFormValues>
        form={form}
        name={`plan-${plan.id ?? ''}-item`}
        layout="vertical"
        onFinish={submit}
        disabled={saving}
      >
        <Form.Item name="categoryId" label={t('plans.items.category')} rules={[{ required: true }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} loading={categories.isPending} options={categoryOptions} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('plans.items.description')}
          rules={[{ required: true, whitespace: true }, { max: 2000 }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="targetQuantity" label={t('plans.items.targetQuantity')}>
              <InputNumber<number> min={0} decimalSeparator="," style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="unitOfMeasure" label={t('plans.items.unitOfMeasure')} rules={[{ max: 50 }]}>
              <Input placeholder={t('plans.items.unitPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="plannedVnd" label={t('plans.items.planned')} rules={[{ required: true }]}>
          <InputNumber<number>
            min={0}
            max={1_000_000_000_000_000}
            step={1_000_000}
            precision={0}
            formatter={formatVndInput}
            parser={parseVndInput}
            suffix="₫"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="startDate" label={t('plans.items.startDate')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="endDate" label={t('plans.items.endDate')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
