import { Alert, App, Button, DatePicker, Drawer, Flex, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DATE_FORMAT, formatDate, toIsoDate } from '@/lib/format';
import { useFormProblems } from '@/lib/form-problems';
import { paths } from '@/lib/paths';
import { useCreateReportingPeriod } from '../api/create-reporting-period';
import { useReportingRegimes } from '../api/get-reporting-regimes';
import type { CreateReportingPeriodBody } from '../types';
import { regimeDefaults } from '../utils/period-defaults';
import { submitAfterPickers } from '../utils/submit-after-pickers';

interface PeriodFormValues {
  regime?: CreateReportingPeriodBody['regime'];
  year?: number;
  name?: string;
  windowStart?: Dayjs;
  windowEnd?: Dayjs;
  opensOn?: Dayjs;
  dueDate?: Dayjs;
}

export function toCreateBody(values: PeriodFormValues): CreateReportingPeriodBody {
  return {
    // Both are required fields of the form, so they are set by the time it is sent.
    regime: values.regime ?? 'semi_annual',
    year: values.year ?? 0,
    name: values.name?.trim() || undefined,
    windowStart: toIsoDate(values.windowStart),
    windowEnd: toIsoDate(values.windowEnd),
    opensOn: toIsoDate(values.opensOn),
    dueDate: toIsoDate(values.dueDate),
  };
}

/** "Tạo kỳ báo cáo": a regime and a year; dates left empty take the regime's defaults, shown beside them. */
export function PeriodFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<PeriodFormValues>();
  const regimes = useReportingRegimes();
  const create = useCreateReportingPeriod();
  const { alert, handleError, reset } = useFormProblems(form);
  const regimeCode = Form.useWatch('regime', form);
  const year = Form.useWatch('year', form);
  const defaults = regimeDefaults(
    regimes.data?.find((regime) => regime.code === regimeCode),
    year ?? undefined,
  );

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ regime: 'semi_annual', year: new Date().getFullYear() });
      reset();
    }
  }, [open, form, reset]);

  const submit = (values: PeriodFormValues) => {
    reset();
    create.mutate(toCreateBody(values), {
      onSuccess: (period) => {
        void message.success(t('reporting.form.created'));
        onClose();
        if (period.id !== undefined) {
          navigate(paths.reportingPeriod(period.id));
        }
      },
      onError: handleError,
    });
  };

  const datePlaceholder = (value: string | undefined) => (value ? formatDate(value) : undefined);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={520}
      title={t('reporting.create')}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => submitAfterPickers(form)}>
            {t('reporting.create')}
          </Button>
        </Flex>
      }
    >
      {alert}
      <Form form={form} name="reporting-period" layout="vertical" onFinish={submit} disabled={create.isPending}>
        <Form.Item name="regime" label={t('reporting.field.regime')} rules={[{ required: true }]}>
          <Select
            loading={regimes.isPending}
            options={(regimes.data ?? []).map((regime) => ({ value: regime.code, label: regime.name ?? regime.code }))}
          />
        </Form.Item>
        <Form.Item name="year" label={t('reporting.field.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="name" label={t('reporting.field.name')} rules={[{ max: 200 }]}>
          <Input placeholder={t('reporting.form.namePlaceholder')} />
        </Form.Item>
        {defaults && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('reporting.form.defaults', {
              windowStart: formatDate(defaults.windowStart),
              windowEnd: formatDate(defaults.windowEnd),
              opensOn: formatDate(defaults.opensOn),
              dueDate: formatDate(defaults.dueDate),
            })}
            description={t('reporting.form.defaultsSource')}
          />
        )}
        <Flex gap={12} wrap>
          <Form.Item name="windowStart" label={t('reporting.field.windowStart')} style={{ flex: '1 1 200px' }}>
            <DatePicker format={DATE_FORMAT} placeholder={datePlaceholder(defaults?.windowStart)} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="windowEnd" label={t('reporting.field.windowEnd')} style={{ flex: '1 1 200px' }}>
            <DatePicker format={DATE_FORMAT} placeholder={datePlaceholder(defaults?.windowEnd)} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="opensOn" label={t('reporting.field.opensOn')} style={{ flex: '1 1 200px' }}>
            <DatePicker format={DATE_FORMAT} placeholder={datePlaceholder(defaults?.opensOn)} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="dueDate" label={t('reporting.field.dueDate')} style={{ flex: '1 1 200px' }}>
            <DatePicker format={DATE_FORMAT} placeholder={datePlaceholder(defaults?.dueDate)} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
      </Form>
    </Drawer>
  );
}
