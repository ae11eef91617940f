import { EditOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, InputNumber, Modal, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useFormProblems } from '@/lib/form-problems';
import { useReportingRegimes } from '../api/get-reporting-regimes';
import { useUpdateReportingRegime } from '../api/update-reporting-regime';
import type { Regime, UpdateRegimeBody } from '../types';

const pad = (value: number | undefined) => String(value ?? 0).padStart(2, '0');

/** A month-day of a regime as dd/MM. */
export function dayMonth(day: number | undefined, month: number | undefined): string {
  return day === undefined || month === undefined ? '—' : `${pad(day)}/${pad(month)}`;
}

const PAIRS = [
  ['windowStart', 'reporting.field.windowStart'],
  ['windowEnd', 'reporting.field.windowEnd'],
  ['opens', 'reporting.field.opensOn'],
  ['due', 'reporting.field.dueDate'],
] as const;

/** "Cấu hình loại báo cáo": each regime's default window, opening and due days, editable by the province and admin. */
export function RegimesSection() {
  const { t } = useTranslation();
  const regimes = useReportingRegimes();
  const [editing, setEditing] = useState<Regime>();

  const columns: TableProps<Regime>['columns'] = [
    { title: t('reporting.field.regime'), key: 'name', render: (_, regime) => regime.name ?? regime.code },
    {
      title: t('reporting.field.window'),
      key: 'window',
      render: (_, r) => `${dayMonth(r.windowStartDay, r.windowStartMonth)} – ${dayMonth(r.windowEndDay, r.windowEndMonth)}`,
    },
    { title: t('reporting.field.opensOn'), key: 'opens', render: (_, r) => dayMonth(r.opensDay, r.opensMonth) },
    { title: t('reporting.field.dueDate'), key: 'due', render: (_, r) => dayMonth(r.dueDay, r.dueMonth) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, regime) => (
        <Button
          size="small"
          icon={<EditOutlined />}
          aria-label={`${t('reporting.regimes.edit')}: ${regime.name ?? regime.code ?? ''}`}
          onClick={() => setEditing(regime)}
        >
          {t('reporting.regimes.edit')}
        </Button>
      ),
    },
  ];

  return (
    <section aria-labelledby="reporting-regimes-title" style={{ marginTop: 32 }}>
      <Typography.Title level={2} id="reporting-regimes-title" style={{ fontSize: 18 }}>
        {t('reporting.regimes.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('reporting.regimes.hint')}</Typography.Paragraph>
      {regimes.isError && <ErrorAlert error={regimes.error} onRetry={() => regimes.refetch()} />}
      <Table<Regime>
        rowKey="code"
        size="small"
        loading={regimes.isFetching}
        dataSource={regimes.data}
        columns={columns}
        pagination={false}
      />
      {editing && (
        <RegimeModal
          key={editing.code}
          regime={editing}
          onClose={() => setEditing(undefined)}
          onReload={() => regimes.refetch()}
        />
      )}
    </section>
  );
}

/** Mounted only while open, so its form starts from the regime as the table shows it. */
function RegimeModal({ regime, onClose, onReload }: { regime: Regime; onClose: () => void; onReload: () => unknown }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UpdateRegimeBody>();
  const update = useUpdateReportingRegime();
  const { alert, handleError, reset } = useFormProblems(form, {
    onReload: () => {
      onClose();
      return onReload();
    },
  });

  const submit = (values: UpdateRegimeBody) => {
    reset();
    const body: UpdateRegimeBody = {
      windowStartMonth: values.windowStartMonth,
      windowStartDay: values.windowStartDay,
      windowEndMonth: values.windowEndMonth,
      windowEndDay: values.windowEndDay,
      opensMonth: values.opensMonth,
      opensDay: values.opensDay,
      dueMonth: values.dueMonth,
      dueDay: values.dueDay,
    };
    update.mutate(
      { code: regime.code ?? '', version: regime.version, body },
      {
        onSuccess: () => {
          void message.success(t('reporting.regimes.saved'));
          onClose();
        },
        onError: handleError,
      },
    );
  };

  return (
    <Modal
      open
      title={t('reporting.regimes.editTitle', { name: regime.name ?? regime.code ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
    >
      {alert}
      <Typography.Paragraph type="secondary">{t('reporting.form.defaultsSource')}</Typography.Paragraph>
      <Form form={form} name="reporting-regime" layout="vertical" initialValues={regime} onFinish={submit} disabled={update.isPending}>
        {PAIRS.map(([prefix, labelKey]) => (
          <Flex key={prefix} gap={12} wrap>
            <Form.Item
              name={`${prefix}Day`}
              label={`${t(labelKey)} – ${t('reporting.regimes.day')}`}
              rules={[{ required: true }]}
              style={{ flex: '1 1 160px' }}
            >
              <InputNumber min={1} max={31} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name={`${prefix}Month`}
              label={`${t(labelKey)} – ${t('reporting.regimes.month')}`}
              rules={[{ required: true }]}
              style={{ flex: '1 1 160px' }}
            >
              <InputNumber min={1} max={12} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
        ))}
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('reporting.regimes.appliesLater')}
        </Typography.Paragraph>
      </Form>
    </Modal>
  );
}
