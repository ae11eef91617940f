import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Drawer, Flex, Form, Input, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '@/lib/format';
import { useFormProblems } from '@/lib/form-problems';
import { useCreateVisit } from '../api/create-visit';
import { useUpdateVisit } from '../api/update-visit';
import { AgreementSelect } from './agreement-select';
import { agreementLabel } from '@/components/parties';
import { submitAfterPickers } from './submit-after-pickers';

type MonitoringVisit = Schemas['MonitoringVisit'];

/** Named as the request's fields, so `/actionPoints/0/owner` lands on `['actionPoints', 0, 'owner']`. */
interface VisitFormValues {
  agreementId?: number;
  visitDate?: Dayjs;
  participants?: string;
  findings?: string;
  actionPoints?: { description?: string; owner?: string; dueDate?: Dayjs }[];
}

interface VisitFormDrawerProps {
  open: boolean;
  /** The visit being edited, as last read (its version goes in If-Match); absent to record one. */
  visit?: MonitoringVisit;
  /** Pre-fills the agreement of a new visit (the agreement page's tab). */
  agreement?: Schemas['Agreement'];
  onClose: () => void;
  /** Re-reads the visit; offered when someone else saved it meanwhile (412). */
  onReload: () => unknown;
  /** The saved visit, e.g. to open it. */
  onSaved?: (visit: MonitoringVisit) => void;
}

function toFormValues(visit: MonitoringVisit | undefined, agreement: Schemas['Agreement'] | undefined): VisitFormValues {
  if (!visit) {
    return { agreementId: agreement?.id, actionPoints: [] };
  }
  return {
    agreementId: visit.agreement?.id,
    visitDate: fromIsoDate(visit.visitDate),
    participants: visit.participants,
    findings: visit.findings,
  };
}

/** Records a visit, with the action points it agreed, or edits its date, participants and findings. */
export function VisitFormDrawer({ open, visit, agreement, onClose, onReload, onSaved }: VisitFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<VisitFormValues>();
  const create = useCreateVisit();
  const update = useUpdateVisit();
  const { alert, handleError, reset } = useFormProblems(form, { onReload });
  const saving = create.isPending || update.isPending;
  const editing = visit?.id !== undefined;

  // Also runs when a reload after 412 brings a newer version of the visit: the form shows it.
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(toFormValues(visit, agreement));
      reset();
    }
  }, [open, visit, agreement, form, reset]);

  const submit = (values: VisitFormValues) => {
    reset();
    const onSuccess = (saved: MonitoringVisit) => {
      void message.success(t('common.saved'));
      onClose();
      onSaved?.(saved);
    };
    const own = {
      visitDate: toIsoDate(values.visitDate) as string,
      participants: values.participants?.trim() ?? '',
      findings: values.findings?.trim() || undefined,
    };
    if (visit?.id !== undefined) {
      update.mutate({ id: visit.id, version: visit.version, body: own }, { onSuccess, onError: handleError });
      return;
    }
    create.mutate(
      {
        ...own,
        agreementId: values.agreementId as number,
        actionPoints: (values.actionPoints ?? []).map((point) => ({
          description: point.description?.trim() ?? '',
          owner: point.owner?.trim() ?? '',
          dueDate: toIsoDate(point.dueDate),
        })),
      },
      { onSuccess, onError: handleError },
    );
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? t('visits.edit') : t('visits.create')}
      size={680}
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
      <Form form={form} name="visit" layout="vertical" onFinish={submit} disabled={saving}>
        {editing ? (
          <Form.Item label={t('visits.field.agreement')}>
            <Typography.Text>{visit.agreement && agreementLabel(visit.agreement)}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item name="agreementId" label={t('visits.field.agreement')} rules={[{ required: true }]}>
            <AgreementSelect known={[agreement]} />
          </Form.Item>
        )}
        <Form.Item name="visitDate" label={t('visits.field.visitDate')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} disabledDate={(date) => date.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="participants"
          label={t('visits.field.participants')}
          rules={[{ required: true, whitespace: true }, { max: 2000 }]}
        >
          <Input.TextArea rows={2} placeholder={t('visits.entry.participantsPlaceholder')} />
        </Form.Item>
        <Form.Item name="findings" label={t('visits.field.findings')} rules={[{ max: 8000 }]}>
          <Input.TextArea rows={5} />
        </Form.Item>
        {!editing && (
          <Form.List name="actionPoints">
            {(fields, { add, remove }) => (
              <>
                <Typography.Title level={2} style={{ fontSize: 16 }}>
                  {t('visits.field.actionPoints')}
                </Typography.Title>
                <Typography.Paragraph type="secondary">{t('visits.entry.actionPointsHint')}</Typography.Paragraph>
                {fields.map((field, index) => (
                  <Card
                    key={field.key}
                    size="small"
                    style={{ marginBottom: 12 }}
                    title={`${index + 1}.`}
                    extra={
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`${t('visits.entry.removeActionPoint')} ${index + 1}`}
                        onClick={() => remove(field.name)}
                      />
                    }
                  >
                    <Form.Item
                      name={[field.name, 'description']}
                      label={t('visits.actionPoint.description')}
                      rules={[{ required: true, whitespace: true }, { max: 2000 }]}
                    >
                      <Input.TextArea rows={2} />
                    </Form.Item>
                    <Row gutter={12}>
                      <Col xs={24} sm={14}>
                        <Form.Item
                          name={[field.name, 'owner']}
                          label={t('visits.actionPoint.owner')}
                          rules={[{ required: true, whitespace: true }, { max: 200 }]}
                        >
                          <Input />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={10}>
                        <Form.Item name={[field.name, 'dueDate']} label={t('visits.actionPoint.dueDate')}>
                          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                    </Row>
                  </Card>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({})} disabled={fields.length >= 50}>
                  {t('visits.entry.addActionPoint')}
                </Button>
              </>
            )}
          </Form.List>
        )}
      </Form>
    </Drawer>
  );
}
