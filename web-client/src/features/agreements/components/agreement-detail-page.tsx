import { CheckCircleOutlined, EditOutlined, PauseCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Flex, Result, Tabs } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import { PageHeader } from '@/components/page-header';
import { StatusTag } from '@/components/status-tag';
import type { Schemas } from '@/lib/api/client';
import { isApiProblem } from '@/lib/api/problem';
import { useCan } from '@/lib/me';
import { paths, type AgreementTabKey } from '@/lib/paths';
import { useAgreement } from '../api/get-agreement';
import { recipientLabel } from '../utils/labels';
import { AgreementFormDrawer } from './agreement-form-drawer';
import { AgreementStepModal, type AgreementStep } from './agreement-step-modal';

type Agreement = Schemas['Agreement'];

/** One tab of the agreement page. Tabs come from several features; the app composes them. */
export interface AgreementTab {
  key: AgreementTabKey;
  label: ReactNode;
  render: (agreement: Agreement) => ReactNode;
}

const stepsFrom: Record<AgreementStep, Schemas['AgreementStatus'][]> = {
  activate: ['proposed', 'suspended'],
  suspend: ['active'],
  end: ['proposed', 'active', 'suspended'],
};

function AgreementActions({ agreement, onReload }: { agreement: Agreement; onReload: () => unknown }) {
  const { t } = useTranslation();
  const can = useCan();
  const [editing, setEditing] = useState(false);
  const [step, setStep] = useState<AgreementStep>();
  if (!can('agreements.manage') || !agreement.status) {
    return null;
  }
  const status = agreement.status;
  const allowed = (candidate: AgreementStep) => stepsFrom[candidate].includes(status);
  return (
    <>
      {status !== 'ended' && (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
          {t('common.edit')}
        </Button>
      )}
      {allowed('activate') && (
        <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setStep('activate')}>
          {t('agreements.steps.activate.button')}
        </Button>
      )}
      {allowed('suspend') && (
        <Button icon={<PauseCircleOutlined />} onClick={() => setStep('suspend')}>
          {t('agreements.steps.suspend.button')}
        </Button>
      )}
      {allowed('end') && (
        <Button danger icon={<StopOutlined />} onClick={() => setStep('end')}>
          {t('agreements.steps.end.button')}
        </Button>
      )}
      <AgreementFormDrawer open={editing} agreement={agreement} onClose={() => setEditing(false)} onReload={onReload} />
      <AgreementStepModal step={step} agreement={agreement} onClose={() => setStep(undefined)} onReload={onReload} />
    </>
  );
}

/**
 * One agreement: partner ↔ recipient, its status and the steps the role may take, and the tabs
 * handed in by `src/app/routes/agreement-detail-route.tsx` (this feature's and other features').
 * The open tab is in the address (`?tab=`), so a link can point at it.
 */
export function AgreementDetailPage({ tabs }: { tabs: AgreementTab[] }) {
  const { t } = useTranslation();
  const { id } = useParams();
  const agreementId = /^[1-9]\d*$/.test(id ?? '') ? Number(id) : 0;
  const agreement = useAgreement(agreementId);
  const [searchParams, setSearchParams] = useSearchParams();
  const activeTab = tabs.find((tab) => tab.key === searchParams.get('tab'))?.key ?? tabs[0]?.key;

  const breadcrumb = (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[{ title: <Link to={paths.agreements}>{t('agreements.title')}</Link> }, { title: t('agreements.detail') }]}
    />
  );

  if (agreement.isPending) {
    return <LoadingState />;
  }
  if (agreement.isError) {
    return (
      <>
        {breadcrumb}
        {isApiProblem(agreement.error) && agreement.error.status === 404 ? (
          <Result status="404" title="404" subTitle={t('agreements.notFound')} />
        ) : (
          <ErrorAlert error={agreement.error} onRetry={() => agreement.refetch()} />
        )}
      </>
    );
  }

  const data = agreement.data;
  return (
    <>
      {breadcrumb}
      <PageHeader
        title={`${data.organization?.name ?? ''} ↔ ${recipientLabel(data.recipient)}`}
        subtitle={
          <Flex gap={8} wrap align="center" component="span">
            <StatusTag kind="agreement" status={data.status} />
            {t('agreements.headerSubtitle', { district: data.district?.name ?? '', period: data.period?.name ?? '' })}
          </Flex>
        }
        extra={<AgreementActions agreement={data} onReload={() => agreement.refetch()} />}
      />
      <Tabs
        activeKey={activeTab}
        onChange={(key) => setSearchParams({ tab: key }, { replace: true })}
        items={tabs.map((tab) => ({ key: tab.key, label: tab.label, children: tab.render(data) }))}
      />
    </>
  );
}
