import { Alert, App, Form, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import { PageHeader } from '@/components/page-header';
import { ReasonModal } from '@/components/reason-modal';
import { useFormProblems, useProblemNotifier } from '@/lib/form-problems';
import { useCan, useMe } from '@/lib/me';
import { useReport } from '../api/get-report';
import {
  useAcceptReport,
  useExcuseReport,
  useReinstateReport,
  useReturnReport,
  useSubmitReport,
} from '../api/report-steps';
import { useUpdateReport } from '../api/update-report';
import type { Report } from '../types';
import { canAttach, reportButtons } from '../utils/report-buttons';
import { narrativeChanged, toNarrativeBody, toNarrativeValues, type NarrativeValues } from '../utils/narrative';
import { ReportActionButtons } from './report-action-buttons';
import { ReportAttachments } from './report-attachments';
import { ReportFacts } from './report-facts';
import { ReportFiguresView } from './report-figures';
import { ReportHistory } from './report-history';
import { ReportNarrative } from './report-narrative';

type Asking = 'return' | 'excuse' | undefined;

function reportIdOf(param: string | undefined): number | undefined {
  return param && /^[1-9]\d{0,15}$/.test(param) ? Number(param) : undefined;
}

/** `/reports/:id`: one report, with what the caller may do to it now. */
export function ReportPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const reportId = reportIdOf(id);
  const report = useReport(reportId);

  if (reportId === undefined) {
    return <ErrorAlert error={new Error(t('app.notFound'))} />;
  }
  if (report.isPending) {
    return <LoadingState />;
  }
  if (report.isError) {
    return <ErrorAlert error={report.error} onRetry={() => report.refetch()} />;
  }
  return <ReportView report={report.data} onReload={() => report.refetch()} />;
}

function ReportView({ report, onReload }: { report: Report; onReload: () => unknown }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const can = useCan();
  const readOnly = !can('reports.act');
  const { data: me } = useMe();
  // A unit or district only ever sees its own reports.
  const ownReport = me?.scope?.kind === 'organization' || me?.scope?.kind === 'district';
  const buttons = reportButtons(report.actions, readOnly);
  const editable = buttons.includes('save');
  const [form] = Form.useForm<NarrativeValues>();
  const { alert, handleError, reset } = useFormProblems(form, { onReload });
  const notifyProblem = useProblemNotifier();
  const [asking, setAsking] = useState<Asking>();
  const [tab, setTab] = useState('narrative');

  const update = useUpdateReport();
  const submit = useSubmitReport();
  const accept = useAcceptReport();
  const giveBack = useReturnReport();
  const excuse = useExcuseReport();
  const reinstate = useReinstateReport();
  const busy = [update, submit, accept, giveBack, excuse, reinstate].some((mutation) => mutation.isPending);
  const id = report.id ?? 0;

  // Filled from the report as the server has it; again after each save or a reload after 412.
  // Keyed on the version, not the object: a background re-read must not wipe what is being typed.
  // A form that already shows this version (just saved from it) is left alone, so the errors of a
  // submit that follows the save at once stay beside their fields.
  const { version } = report;
  useEffect(() => {
    if (editable && narrativeChanged(form.getFieldsValue(true), report)) {
      form.resetFields();
      form.setFieldsValue(toNarrativeValues(report));
    }
  }, [form, id, version, editable]);

  const showNarrativeProblem = (error: unknown) => {
    setTab('narrative');
    handleError(error);
  };

  const save = async (): Promise<Report | undefined> => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) {
      setTab('narrative');
      return undefined;
    }
    reset();
    return update.mutateAsync({ id, version: report.version, body: toNarrativeBody(values) }).catch((error: unknown) => {
      showNarrativeProblem(error);
      return undefined;
    });
  };

  const onSave = async () => {
    if (await save()) {
      void message.success(t('reports.done.saved'));
    }
  };

  const onSubmit = () => {
    modal.confirm({
      title: t('reports.confirm.submitTitle'),
      content: t('reports.confirm.submitContent'),
      okText: t('reports.button.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        // Unsaved text is saved first, so what is submitted is what the reporter sees.
        const saved = editable && narrativeChanged(form.getFieldsValue(true), report) ? await save() : report;
        if (!saved) {
          return;
        }
        reset();
        await submit
          .mutateAsync({ id, version: saved.version })
          .then(() => void message.success(t('reports.done.submitted')))
          .catch(showNarrativeProblem);
      },
    });
  };

  const onAccept = () => {
    modal.confirm({
      title: t('reports.confirm.acceptTitle'),
      content: t('reports.confirm.acceptContent'),
      okText: t('reports.button.accept'),
      cancelText: t('common.cancel'),
      onOk: () =>
        accept
          .mutateAsync({ id, version: report.version })
          .then(() => void message.success(t('reports.done.accepted')))
          .catch((error: unknown) => notifyProblem(error, { onReload })),
    });
  };

  const onReinstate = () => {
    modal.confirm({
      title: t('reports.confirm.reinstateTitle'),
      content: t('reports.confirm.reinstateContent'),
      okText: t('reports.button.reinstate'),
      cancelText: t('common.cancel'),
      onOk: () =>
        reinstate
          .mutateAsync({ id, version: report.version })
          .then(() => void message.success(t('reports.done.reinstated')))
          .catch((error: unknown) => notifyProblem(error, { onReload })),
    });
  };

  const periodName = report.period?.name ?? t('reports.title');
  return (
    <>
      <PageHeader
        title={periodName}
        subtitle={report.reporter?.name}
        extra={
          <ReportActionButtons
            buttons={buttons}
            busy={busy}
            onSave={() => void onSave()}
            onSubmit={onSubmit}
            onAccept={onAccept}
            onReturn={() => setAsking('return')}
            onExcuse={() => setAsking('excuse')}
            onReinstate={onReinstate}
          />
        }
      />
      {report.status === 'returned' && (
        <Alert
          type="warning"
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          title={t('reports.returnedBanner')}
          description={
            <>
              <div style={{ whiteSpace: 'pre-line', fontWeight: 500 }}>{report.returnReason}</div>
              {editable && <div style={{ marginTop: 4 }}>{t('reports.returnedHint')}</div>}
            </>
          }
        />
      )}
      {!editable && report.period?.status === 'closed' && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('reports.periodClosedHint')} />
      )}
      {!editable && ownReport && report.period?.status === 'open' && (report.status === 'submitted' || report.status === 'accepted') && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('reports.lockedHint')} />
      )}
      {report.excused && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('reports.excusedBanner')}
          description={report.excuseReason}
        />
      )}
      {alert}
      <ReportFacts report={report} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'narrative',
            label: t('reports.tabs.narrative'),
            // Kept mounted: Save and Submit in the header read the form from any tab.
            forceRender: true,
            children: <ReportNarrative report={report} form={form} editable={editable} disabled={busy} />,
          },
          {
            key: 'figures',
            label: t('reports.tabs.figures'),
            children: <ReportFiguresView figures={report.figures} year={report.period?.year} />,
          },
          {
            key: 'attachments',
            label: `${t('reports.tabs.attachments')} (${report.attachments?.length ?? 0})`,
            children: <ReportAttachments report={report} canChange={canAttach(report.actions, readOnly)} />,
          },
          {
            key: 'history',
            label: t('reports.tabs.history'),
            children: <ReportHistory report={report} />,
          },
        ]}
      />
      {buttons.includes('return') && (
        <ReasonModal
          open={asking === 'return'}
          title={t('reports.reason.returnTitle')}
          label={t('reports.reason.returnLabel')}
          okText={t('reports.button.return')}
          required
          danger
          maxLength={4000}
          saving={giveBack.isPending}
          onCancel={() => setAsking(undefined)}
          onReload={onReload}
          onSubmit={(reason, onError) =>
            giveBack.mutate(
              { id, version: report.version, reason: reason ?? '' },
              {
                onSuccess: () => {
                  void message.success(t('reports.done.returned'));
                  setAsking(undefined);
                },
                onError,
              },
            )
          }
        />
      )}
      {buttons.includes('excuse') && (
        <ReasonModal
          open={asking === 'excuse'}
          title={t('reports.reason.excuseTitle')}
          label={t('reports.reason.excuseLabel')}
          okText={t('reports.button.excuse')}
          required
          saving={excuse.isPending}
          onCancel={() => setAsking(undefined)}
          onReload={onReload}
          onSubmit={(reason, onError) =>
            excuse.mutate(
              { id, version: report.version, reason: reason ?? '' },
              {
                onSuccess: () => {
                  void message.success(t('reports.done.excused'));
                  setAsking(undefined);
                },
                onError,
              },
            )
          }
        />
      )}
    </>
  );
}
