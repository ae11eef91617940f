import { App, Button, Col, DatePicker, Drawer, Flex, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '@/lib/format';
import { useFormProblems } from '@/lib/form-problems';
import { useCreateSupportRecord } from '../api/create-support-record';
import { useAgreementPlans } from '../api/get-agreement-plans';
import { useSupportCategories } from '../api/get-support-categories';
import { useUpdateSupportRecord } from '../api/update-support-record';
import { FUNDING_SOURCES, SUPPORT_FORMS, type FundingSource, type SupportForm } from '../filters';
import { AgreementSelect } from './agreement-select';
import { categoryOptions } from './category-options';
import { submitAfterPickers } from './submit-after-pickers';
import { VndInput } from './vnd-input';
import { labelMatches } from './without-diacritics';

type SupportRecord = Schemas['SupportRecord'];
type SupportRecordRequest = Schemas['SupportRecordRequest'];

/** The form's fields; named as the request's, so the server's `/valueVnd` lands on `valueVnd`. */
interface EntryValues {
  agreementId?: number;
  supportDate?: Dayjs;
  categoryId?: number;
  description?: string;
  quantity?: number | null;
  unitOfMeasure?: string;
  valueVnd?: number | null;
  form?: SupportForm;
  fundingSource?: FundingSource;
  enterpriseName?: string;
  beneficiaryHouseholds?: number | null;
  beneficiaryPeople?: number | null;
  beneficiaryStudents?: number | null;
  planItemId?: number | null;
}

interface SupportRecordFormDrawerProps {
  open: boolean;
  /** The record being edited, as last read (its version goes in If-Match); absent to create. */
  record?: SupportRecord;
  /** Pre-fills the agreement of a new record (the agreement page's tab). */
  agreement?: Schemas['Agreement'];
  onClose: () => void;
  /** Re-reads the record; offered when someone else saved it meanwhile (412). */
  onReload: () => unknown;
}

function toFormValues(record: SupportRecord | undefined, agreement: Schemas['Agreement'] | undefined): EntryValues {
  if (!record) {
    return { agreementId: agreement?.id, form: 'in_kind', fundingSource: 'own_budget' };
  }
  return {
    agreementId: record.agreement?.id,
    supportDate: fromIsoDate(record.supportDate),
    categoryId: record.category?.id,
    description: record.description,
    quantity: record.quantity,
    unitOfMeasure: record.unitOfMeasure,
    valueVnd: record.valueVnd,
    form: record.form,
    fundingSource: record.fundingSource,
    enterpriseName: record.enterpriseName,
    beneficiaryHouseholds: record.beneficiaryHouseholds,
    beneficiaryPeople: record.beneficiaryPeople,
    beneficiaryStudents: record.beneficiaryStudents,
    planItemId: record.planItemId,
  };
}

function optionalNumber(value: number | null | undefined): number | undefined {
  return value === null || value === undefined ? undefined : value;
}

function toRequest(values: EntryValues): SupportRecordRequest {
  const mobilised = values.fundingSource === 'mobilised_enterprise';
  // Fields the form guarantees through its `required` rules; the server checks them again.
  return {
    agreementId: values.agreementId as number,
    supportDate: toIsoDate(values.supportDate) as string,
    categoryId: values.categoryId as number,
    description: values.description?.trim() ?? '',
    quantity: optionalNumber(values.quantity),
    unitOfMeasure: values.unitOfMeasure?.trim() || undefined,
    valueVnd: values.valueVnd as number,
    form: values.form as SupportForm,
    fundingSource: values.fundingSource as FundingSource,
    enterpriseName: mobilised ? values.enterpriseName?.trim() : undefined,
    beneficiaryHouseholds: optionalNumber(values.beneficiaryHouseholds),
    beneficiaryPeople: optionalNumber(values.beneficiaryPeople),
    beneficiaryStudents: optionalNumber(values.beneficiaryStudents),
    planItemId: optionalNumber(values.planItemId),
  };
}

export function SupportRecordFormDrawer({ open, record, agreement, onClose, onReload }: SupportRecordFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EntryValues>();
  const create = useCreateSupportRecord();
  const update = useUpdateSupportRecord();
  const { alert, handleError, reset } = useFormProblems(form, { onReload });
  const saving = create.isPending || update.isPending;
  const editing = record?.id !== undefined;

  const agreementId = Form.useWatch('agreementId', form);
  const fundingSource = Form.useWatch('fundingSource', form);
  const categories = useSupportCategories({ activeOnly: true, enabled: open });
  const plans = useAgreementPlans(open ? agreementId : undefined);

  // Also runs when a reload after 412 brings a newer version of the record: the form shows it.
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(toFormValues(record, agreement));
      reset();
    }
  }, [open, record, agreement, form, reset]);

  const submit = (values: EntryValues) => {
    reset();
    const body = toRequest(values);
    const onSuccess = () => {
      void message.success(t('common.saved'));
      onClose();
    };
    if (record?.id !== undefined) {
      update.mutate({ id: record.id, version: record.version, body }, { onSuccess, onError: handleError });
    } else {
      create.mutate(body, { onSuccess, onError: handleError });
    }
  };

  // A retired category stays selectable on the records that already carry it.
  const offeredCategories = [...(categories.data ?? [])];
  if (record?.category?.id !== undefined && !offeredCategories.some((c) => c.id === record.category?.id)) {
    offeredCategories.push(record.category);
  }

  const planOptions = (plans.data ?? [])
    .map((plan) => {
      const planLabel =
        plan.title ||
        (plan.kind === 'period' ? t('support.entry.periodPlan') : t('support.entry.annualPlan', { year: plan.year }));
      return {
        label: planLabel,
        title: planLabel,
        options: (plan.items ?? []).map((item) => ({
          value: item.id as number,
          label: `${planLabel} – ${item.description ?? item.category?.name ?? ''}`,
        })),
      };
    })
    .filter((group) => group.options.length > 0);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? t('support.edit') : t('support.create')}
      size={640}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => submitAfterPickers(form)}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {alert}
      <Form form={form} name="support-record" layout="vertical" onFinish={submit} disabled={saving}>
        <Form.Item
          name="agreementId"
          label={t('support.field.agreement')}
          rules={[{ required: true }]}
        >
          <AgreementSelect
            known={[record?.agreement, agreement]}
            onChange={() => form.setFieldValue('planItemId', undefined)}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <Form.Item
              name="supportDate"
              label={t('support.field.supportDate')}
              rules={[{ required: true }]}
            >
              <DatePicker
                format={DATE_FORMAT}
                style={{ width: '100%' }}
                disabledDate={(date) => date.isAfter(dayjs(), 'day')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item
              name="categoryId"
              label={t('support.field.category')}
              rules={[{ required: true }]}
            >
              <Select
                placeholder={t('support.entry.categoryPlaceholder')}
                loading={categories.isPending}
                showSearch={{ filterOption: labelMatches }}
                popupMatchSelectWidth={false}
                options={categoryOptions(offeredCategories, t)}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="description"
          label={t('support.field.description')}
          rules={[{ required: true }, { max: 2000 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12} sm={6}>
            <Form.Item name="quantity" label={t('support.field.quantity')}>
              <InputNumber min={0} decimalSeparator="," style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="unitOfMeasure" label={t('support.field.unitOfMeasure')} rules={[{ max: 50 }]}>
              <Input placeholder={t('support.entry.unitPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="valueVnd"
              label={t('support.field.valueVnd')}
              extra={t('support.entry.valueHint')}
              rules={[{ required: true }]}
            >
              <VndInput />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <Form.Item name="form" label={t('support.field.form')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={SUPPORT_FORMS.map((value) => ({ value, label: t(`support.form.${value}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item
              name="fundingSource"
              label={t('support.field.fundingSource')}
              rules={[{ required: true }]}
            >
              <Select
                options={FUNDING_SOURCES.map((value) => ({ value, label: t(`support.funding.${value}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        {fundingSource === 'mobilised_enterprise' && (
          <Form.Item
            name="enterpriseName"
            label={t('support.field.enterpriseName')}
            extra={t('support.entry.enterpriseHint')}
            rules={[
              { required: true, whitespace: true },
              { max: 300 },
            ]}
          >
            <Input />
          </Form.Item>
        )}
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14, marginBottom: 8, border: 0 }}>{t('support.field.beneficiaries')}</legend>
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item name="beneficiaryHouseholds" label={t('support.field.beneficiaryHouseholds')}>
                <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="beneficiaryPeople" label={t('support.field.beneficiaryPeople')}>
                <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="beneficiaryStudents" label={t('support.field.beneficiaryStudents')}>
                <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </fieldset>
        <Form.Item name="planItemId" label={t('support.field.planItem')} extra={t('support.entry.planItemHint')}>
          <Select
            allowClear
            disabled={agreementId === undefined}
            loading={plans.isFetching}
            placeholder={
              agreementId === undefined
                ? t('support.entry.agreementFirst')
                : planOptions.length === 0 && !plans.isFetching
                  ? t('support.entry.noPlans')
                  : t('support.entry.planItemNone')
            }
            showSearch={{ filterOption: labelMatches }}
            popupMatchSelectWidth={false}
            options={planOptions}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
