import { App, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { toIsoDate } from '@/lib/format';
import { useFormProblems } from '@/lib/form-problems';
import { useDownloadSummary } from '../api/download-summary';
import type { ReportingPeriod } from '../types';
import { documentFileName } from '../utils/file-names';
import { submitAfterPickers } from '../utils/submit-after-pickers';
import { DocumentFields } from './follow-up-actions';

interface ExportValues {
  number?: string;
  date?: Dayjs;
  signerName?: string;
  signerTitle?: string;
}

interface SummaryExportModalProps {
  period: ReportingPeriod;
  /** The format asked for; absent when closed. */
  format: 'docx' | 'xlsx' | undefined;
  onClose: () => void;
}

/** Number, date and signer (all optional) for the summary's DOCX or XLSX, then the download. */
export function SummaryExportModal({ period, format, onClose }: SummaryExportModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ExportValues>();
  const download = useDownloadSummary();
  const { alert, handleError, reset } = useFormProblems(form);
  const open = format !== undefined;

  useEffect(() => {
    if (open) {
      form.resetFields();
      reset();
    }
  }, [open, form, reset]);

  const submit = (values: ExportValues) => {
    if (!format) {
      return;
    }
    reset();
    download.mutate(
      {
        periodId: period.id ?? 0,
        format,
        options: {
          number: values.number?.trim() || undefined,
          date: toIsoDate(values.date),
          signerName: values.signerName?.trim() || undefined,
          signerTitle: values.signerTitle?.trim() || undefined,
        },
        fallbackName: documentFileName('bao-cao-tong-hop', period, format),
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
      title={format === 'xlsx' ? t('reporting.summary.xlsx') : t('reporting.summary.docx')}
      okText={t('reporting.document.download')}
      cancelText={t('common.cancel')}
      onOk={() => submitAfterPickers(form)}
      onCancel={onClose}
      confirmLoading={download.isPending}
      forceRender
    >
      {alert}
      <Form form={form} name="summary-export" layout="vertical" onFinish={submit} disabled={download.isPending}>
        <DocumentFields />
      </Form>
    </Modal>
  );
}
