import { Navigate, useParams } from 'react-router';
import { LoadingState } from '@/components/loading-state';
import { paths } from '@/lib/paths';
import { useAgreementPlans } from '../api/get-agreement-plans';

/**
 * `/agreements/:id/plans/:planId` (links from other screens) opens the agreement on the tab that
 * shows that plan: the period plan, or the annual programme of its year.
 */
export function PlanRedirect() {
  const { id, planId } = useParams();
  const agreementId = Number(id);
  const plans = useAgreementPlans(agreementId);

  if (plans.isPending) {
    return <LoadingState />;
  }
  const plan = plans.data?.find((candidate) => String(candidate.id) === planId);
  const target = !plan
    ? paths.agreement(agreementId)
    : plan.kind === 'annual'
      ? paths.agreementTab(agreementId, 'annual', plan.year ?? undefined)
      : paths.agreementTab(agreementId, 'period-plan');
  return <Navigate to={target} replace />;
}
