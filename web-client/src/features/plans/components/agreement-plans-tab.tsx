import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import type { Schemas } from '@/lib/api/client';
import { useCan } from '@/lib/me';
import { useAgreementPlans } from '../api/get-agreement-plans';
import { usePeriod } from '../api/get-period';
import { PlanFormModal } from './plan-form-modal';
import { PlanPanel } from './plan-panel';

type Agreement = Schemas['Agreement'];
type Plan = Schemas['Plan'];

interface AgreementPlansTabProps {
  agreement: Agreement;
  /** `period`: the plan for the whole period; `annual`: the programmes, one per year. */
  kind: Schemas['PlanKind'];
}

function yearOf(isoDate: string | undefined): number | undefined {
  return isoDate ? Number(isoDate.slice(0, 4)) : undefined;
}

/** The years the period covers, from the catalogue, or else from the agreement's own dates. */
function usePeriodYears(agreement: Agreement): number[] {
  const period = usePeriod(agreement.period?.id);
  const first = period.data?.startYear ?? yearOf(agreement.startDate);
  const last = period.data?.endYear ?? yearOf(agreement.endDate) ?? first;
  if (first === undefined || last === undefined || last < first) {
    return [];
  }
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/**
 * An agreement's period plan, or its annual programmes with a year selector (the year is kept in
 * the address, `?year=`, so a link can open one programme).
 */
export function AgreementPlansTab({ agreement, kind }: AgreementPlansTabProps) {
  const { t } = useTranslation();
  const can = useCan();
  const plans = useAgreementPlans(agreement.id ?? 0);
  const years = usePeriodYears(agreement);
  const [searchParams, setSearchParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const canCreate = can('plans.manage') && agreement.status !== 'ended';

  if (plans.isPending) {
    return <LoadingState />;
  }
  if (plans.isError) {
    return <ErrorAlert error={plans.error} onRetry={() => plans.refetch()} />;
  }

  const ofKind = plans.data.filter((plan) => plan.kind === kind);
  const takenYears = ofKind.map((plan) => plan.year);
  const freeYears = years.filter((year) => !takenYears.includes(year));
  const reload = () => plans.refetch();

  const selectYear = (year: number) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('year', String(year));
        return next;
      },
      { replace: true },
    );

  // One period plan per agreement and one programme per year: offered only while one can be made.
  const createButton = canCreate && (kind === 'period' ? ofKind.length === 0 : freeYears.length > 0) && (
    <Button
      type={ofKind.length === 0 ? 'primary' : 'default'}
      icon={<PlusOutlined />}
      onClick={() => setCreating(true)}
    >
      {kind === 'period' ? t('plans.createPeriod') : t('plans.createAnnual')}
    </Button>
  );
  const createModal = (
    <PlanFormModal
      open={creating}
      agreement={agreement}
      kind={kind}
      freeYears={freeYears}
      onClose={() => setCreating(false)}
      onCreated={(plan) => plan.year !== undefined && plan.year !== null && selectYear(plan.year)}
      onReload={reload}
    />
  );

  if (ofKind.length === 0) {
    return (
      <>
        <EmptyState
          description={kind === 'period' ? t('plans.noPeriodPlan') : t('plans.noAnnualProgrammes')}
          action={createButton}
        />
        {createModal}
      </>
    );
  }

  let shown: Plan | undefined = ofKind[0];
  if (kind === 'annual') {
    const asked = Number(searchParams.get('year'));
    const thisYear = new Date().getFullYear();
    const latestDue = [...ofKind].reverse().find((plan) => (plan.year ?? 0) <= thisYear);
    shown = ofKind.find((plan) => plan.year === asked) ?? latestDue ?? ofKind[ofKind.length - 1];
  }

  return (
    <Flex vertical gap={16}>
      {(kind === 'annual' || createButton) && (
        <Flex justify="space-between" align="center" gap={12} wrap>
          {kind === 'annual' ? (
            <Flex align="center" gap={8} wrap>
              <Typography.Text id="plans-year-label">{t('plans.year')}</Typography.Text>
              <Segmented<number>
                aria-labelledby="plans-year-label"
                value={shown?.year ?? undefined}
                onChange={selectYear}
                options={ofKind.map((plan) => ({ value: plan.year ?? 0, label: String(plan.year ?? '') }))}
              />
            </Flex>
          ) : (
            <span />
          )}
          {createButton}
        </Flex>
      )}
      {shown && <PlanPanel key={shown.id} plan={shown} agreement={agreement} onReload={reload} />}
      {createModal}
    </Flex>
  );
}
