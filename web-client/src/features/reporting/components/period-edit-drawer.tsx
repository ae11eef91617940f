import { App, Button, DatePicker, Drawer, Flex, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '@/lib/format';
import { useFormProblems } from '@/lib/form-problems';
import { useUpdateReportingPeriod } from '../api/update-reporting-period';
import type { ReportingPeriod, UpdateReportingPeriodBody } from '../types';
import { submitAfterPickers } from '../utils/submit-after-pickers';

interface PeriodEditValues {
  name?: string;
  windowStart?: Dayjs;
  windowEnd?: Dayjs;
  opensOn?: Dayjs;
  dueDate?: Dayjs;
}

/**
 * The PUT body: every field is required by the API. Once the period is open its window and
 * opening day cannot change, so they are sent as the period has them.
 */
export function toUpdateBody(period: ReportingPeriod, values: PeriodEditValues): UpdateReportingPeriodBody {
  const planned = period.status === 'planned';
  return {
    name: values.name?.trim() ?? period.name ?? '',
    windowStart: (planned ? toIsoDate(values.windowStart) : undefined) ?? period.windowStart ?? '',
    windowEnd: (planned ? toIsoDate(values.windowEnd) : undefined) ?? period.windowEnd ?? '',
    opensOn: (planned ? toIsoDate(values.opensOn) : undefined) ?? period.opensOn ?? '',
    dueDate: toIsoDate(values.dueDate) ?? period.dueDate ?? '',
  };
}

interface PeriodEditDrawerProps {
  period: ReportingPeriod;
  open: boolean;
  onClose: () => void;
  /** Re-reads the period; offered when someone else changed it meanwhile (412). */
  onReload: () => unknown;
}

/** "Sửa kỳ báo cáo": name and due date (e.g. to extend it) until closed; window and opening day only while planned. */
export function PeriodEditDrawer({ period, open, onClose, onReload }: PeriodEditDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PeriodEditValues>();
  const update = useUpdateReportingPeriod();
  const { alert, handleError, reset } = useFormProblems(form, { onReload });
  const planned = period.status === 'planned';
  const lockedHelp = planned ? undefined : t('reporting.edit.lockedWhenOpen');

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({
        name: period.name ?? '',
        windowStart: fromIsoDate(period.windowStart),
        windowEnd: fromIsoDate(period.windowEnd),
        opensOn: fromIsoDate(period.opensOn),
        dueDate: fromIsoDate(period.dueDate),
      });
      reset();
    }
    // Refilled when the period is re-read (after a 412 reload); an unchanged refetch keeps the same object.
  }, [open, period, form, reset]);

  const submit = (values: PeriodEditValues) => {
    reset();
    update.mutate(
      { id: period.id ?? 0, version: period.version, body: toUpdateBody(period, values) },
      {
        onSuccess: () => {
          void message.success(t('reporting.edit.saved'));
          onClose();
        },
        onError: handleError,
      },
    );
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={520}
      title={t('reporting.edit.title')}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={update.isPending} onClick={() => submitAfterPickers(form)}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {alert}
      <Form form={form} name="reporting-period-edit" layout="vertical" onFinish={submit} disabled={update.isPending}>
        <Form.Item name="name" label={t('reporting.field.name')} rules={[{ required: true, whitespace: true }, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="windowStart"
            label={t('reporting.field.windowStart')}
            rules={[{ required: true }]}
            extra={lockedHelp}
            style={{ flex: '1 1 200px' }}
          >
            <DatePicker format={DATE_FORMAT} disabled={!planned} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="windowEnd"
            label={t('reporting.field.windowEnd')}
            rules={[{ required: true }]}
            extra={lockedHelp}
            style={{ flex: '1 1 200px' }}
          >
            <DatePicker format={DATE_FORMAT} disabled={!planned} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item
            name="opensOn"
            label={t('reporting.field.opensOn')}
            rules={[{ required: true }]}
            extra={lockedHelp}
            style={{ flex: '1 1 200px' }}
          >
            <DatePicker format={DATE_FORMAT} disabled={!planned} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="dueDate"
            label={t('reporting.field.dueDate')}
            rules={[{ required: true }]}
            extra={planned ? undefined : t('reporting.edit.extendHint')}
            style={{ flex: '1 1 200px' }}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
      </Form>
    </Drawer>
  );
}
