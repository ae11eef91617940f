import { BellOutlined, FileWordOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, toIsoDate } from '@/lib/format';
import { useFormProblems, useProblemNotifier } from '@/lib/form-problems';
import { useDownloadReminderLetter } from '../api/download-reminder-letter';
import { useSendReminders } from '../api/send-reminders';
import type { ReportingPeriod } from '../types';
import { documentFileName } from '../utils/file-names';
import { submitAfterPickers } from '../utils/submit-after-pickers';
import { AddReporterModal } from './add-reporter-modal';

interface FollowUpActionsProps {
  period: ReportingPeriod;
  /** The roster changes only while the period is open. */
  canChangeRoster: boolean;
}

/** The province's follow-up: add a reporter, remind the late ones now, or print the công văn đôn đốc. */
export function FollowUpActions({ period, canChangeRoster }: FollowUpActionsProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const notifyProblem = useProblemNotifier();
  const reminders = useSendReminders();
  const [adding, setAdding] = useState(false);
  const [letterOpen, setLetterOpen] = useState(false);
  const periodId = period.id ?? 0;

  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }}>
      {canChangeRoster && (
        <Button icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
          {t('reporting.roster.add')}
        </Button>
      )}
      {period.status === 'open' && (
        <Button
          icon={<BellOutlined />}
          loading={reminders.isPending}
          onClick={() =>
            modal.confirm({
              title: t('reporting.reminders.confirm'),
              content: t('reporting.reminders.confirmContent'),
              okText: t('reporting.reminders.send'),
              cancelText: t('common.cancel'),
              onOk: () =>
                reminders.mutateAsync(periodId).then(
                  (result) =>
                    void message.success(
                      t('reporting.reminders.sent', {
                        notifications: result.notifications ?? 0,
                        emails: result.emails ?? 0,
                      }),
                    ),
                  (error: unknown) => notifyProblem(error),
                ),
            })
          }
        >
          {t('reporting.reminders.send')}
        </Button>
      )}
      <Button icon={<FileWordOutlined />} onClick={() => setLetterOpen(true)}>
        {t('reporting.reminders.letter')}
      </Button>
      {canChangeRoster && <AddReporterModal periodId={periodId} open={adding} onClose={() => setAdding(false)} />}
      <ReminderLetterModal period={period} open={letterOpen} onClose={() => setLetterOpen(false)} />
    </Flex>
  );
}

interface LetterValues {
  submitBy?: Dayjs;
  number?: string;
  date?: Dayjs;
  signerName?: string;
  signerTitle?: string;
}

function ReminderLetterModal({ period, open, onClose }: { period: ReportingPeriod; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<LetterValues>();
  const letter = useDownloadReminderLetter();
  const { alert, handleError, reset } = useFormProblems(form);

  useEffect(() => {
    if (open) {
      form.resetFields();
      reset();
    }
  }, [open, form, reset]);

  const submit = (values: LetterValues) => {
    reset();
    letter.mutate(
      {
        periodId: period.id ?? 0,
        submitBy: toIsoDate(values.submitBy),
        options: {
          number: values.number?.trim() || undefined,
          date: toIsoDate(values.date),
          signerName: values.signerName?.trim() || undefined,
          signerTitle: values.signerTitle?.trim() || undefined,
        },
        fallbackName: documentFileName('cong-van-don-doc', period, 'docx'),
      },
      {
        onSuccess: () => {
          void message.success(t('reporting.reminders.downloaded'));
          onClose();
        },
        onError: handleError,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('reporting.reminders.letterTitle')}
      okText={t('reporting.document.download')}
      cancelText={t('common.cancel')}
      onOk={() => submitAfterPickers(form)}
      onCancel={onClose}
      confirmLoading={letter.isPending}
      forceRender
    >
      <p>{t('reporting.reminders.letterHint')}</p>
      {alert}
      <Form form={form} name="reminder-letter" layout="vertical" onFinish={submit} disabled={letter.isPending}>
        <Form.Item name="submitBy" label={t('reporting.reminders.submitBy')} extra={t('reporting.reminders.submitByHint')}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <DocumentFields />
      </Form>
    </Modal>
  );
}

/** Number, date and signer of a document; all optional (the server's configured defaults apply). */
export function DocumentFields() {
  const { t } = useTranslation();
  return (
    <>
      <p style={{ color: '#52606d' }}>{t('reporting.document.optional')}</p>
      <Flex gap={12} wrap>
        <Form.Item name="number" label={t('reporting.document.number')} rules={[{ max: 50 }]} style={{ flex: '1 1 160px' }}>
          <Input placeholder={t('reporting.document.numberPlaceholder')} />
        </Form.Item>
        <Form.Item name="date" label={t('reporting.document.date')} style={{ flex: '1 1 160px' }}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name="signerName" label={t('reporting.document.signerName')} rules={[{ max: 200 }]} style={{ flex: '1 1 200px' }}>
          <Input />
        </Form.Item>
        <Form.Item name="signerTitle" label={t('reporting.document.signerTitle')} rules={[{ max: 200 }]} style={{ flex: '1 1 200px' }}>
          <Input placeholder={t('reporting.document.signerTitlePlaceholder')} />
        </Form.Item>
      </Flex>
    </>
  );
}
