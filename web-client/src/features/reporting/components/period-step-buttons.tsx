import { LockOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemNotifier } from '@/lib/form-problems';
import { useCloseReportingPeriod, useOpenReportingPeriod } from '../api/period-steps';
import type { ReportingPeriod } from '../types';

interface PeriodStepButtonsProps {
  period: ReportingPeriod;
  size?: 'small' | 'middle';
  /** Re-reads the period; offered when someone else changed it meanwhile (412). */
  onReload: () => unknown;
}

/** Open a planned period, close an open one; each asks first, and sends the period's version. */
export function PeriodStepButtons({ period, size = 'middle', onReload }: PeriodStepButtonsProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const notifyProblem = useProblemNotifier();
  const open = useOpenReportingPeriod();
  const close = useCloseReportingPeriod();
  const target = { id: period.id ?? 0, version: period.version };
  const name = period.name ?? '';

  if (period.status === 'planned') {
    return (
      <Button
        size={size}
        type="primary"
        icon={<PlayCircleOutlined />}
        loading={open.isPending}
        aria-label={`${t('reporting.open')}: ${name}`}
        onClick={() =>
          modal.confirm({
            title: t('reporting.openConfirm', { name }),
            content: t('reporting.openConfirmContent'),
            okText: t('reporting.open'),
            cancelText: t('common.cancel'),
            onOk: () =>
              open.mutateAsync(target).then(
                () => void message.success(t('reporting.opened')),
                (error: unknown) => notifyProblem(error, { onReload }),
              ),
          })
        }
      >
        {t('reporting.open')}
      </Button>
    );
  }
  if (period.status === 'open') {
    return (
      <Button
        size={size}
        icon={<LockOutlined />}
        loading={close.isPending}
        aria-label={`${t('reporting.close')}: ${name}`}
        onClick={() =>
          modal.confirm({
            title: t('reporting.closeConfirm', { name }),
            content: t('reporting.closeConfirmContent'),
            okText: t('reporting.close'),
            okButtonProps: { danger: true },
            cancelText: t('common.cancel'),
            onOk: () =>
              close.mutateAsync(target).then(
                () => void message.success(t('reporting.closed')),
                (error: unknown) => notifyProblem(error, { onReload }),
              ),
          })
        }
      >
        {t('reporting.close')}
      </Button>
    );
  }
  return null;
}
