import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AgreementDetailPage } from '@/features/agreements/components/agreement-detail-page';
import { AgreementHistoryTab } from '@/features/agreements/components/agreement-history-tab';
import { AgreementOverviewTab } from '@/features/agreements/components/agreement-overview-tab';
import { AgreementPlansTab } from '@/features/plans/components/agreement-plans-tab';
import { AgreementSupportTab } from '@/features/support';
import { AgreementVisitsTab } from '@/features/visits';
import type { Schemas } from '@/lib/api/client';
import { useCan } from '@/lib/me';
import type { AgreementTabKey } from '@/lib/paths';
import type { Permission } from '@/lib/permissions';

type Agreement = Schemas['Agreement'];

type TabLabelKey =
  | 'agreements.tabs.overview'
  | 'plans.period'
  | 'plans.annual'
  | 'agreements.tabs.support'
  | 'agreements.tabs.visits'
  | 'agreements.tabs.history';

export interface ComposedTab {
  key: AgreementTabKey;
  labelKey: TabLabelKey;
  /** Left out for roles without it. */
  permission?: Permission;
  render: (agreement: Agreement) => ReactNode;
}

/** The tabs of the support and visits features, shown between the annual programmes and the history. */
export const programmeTabs: ComposedTab[] = [
  {
    key: 'support',
    labelKey: 'agreements.tabs.support',
    permission: 'support.view',
    render: (agreement) => <AgreementSupportTab agreement={agreement} />,
  },
  {
    key: 'visits',
    labelKey: 'agreements.tabs.visits',
    permission: 'visits.view',
    render: (agreement) => <AgreementVisitsTab agreement={agreement} />,
  },
];

/**
 * The agreement page, composed here because its tabs come from several features, which never
 * import each other: overview and history (agreements), period plan and annual programmes (plans),
 * support records (support) and monitoring visits (visits).
 */
export function AgreementDetailRoute({ extraTabs = programmeTabs }: { extraTabs?: ComposedTab[] }) {
  const { t } = useTranslation();
  const can = useCan();
  const tabs: ComposedTab[] = [
    {
      key: 'overview',
      labelKey: 'agreements.tabs.overview',
      render: (agreement) => <AgreementOverviewTab agreement={agreement} />,
    },
    {
      key: 'period-plan',
      labelKey: 'plans.period',
      permission: 'plans.view',
      render: (agreement) => <AgreementPlansTab agreement={agreement} kind="period" />,
    },
    {
      key: 'annual',
      labelKey: 'plans.annual',
      permission: 'plans.view',
      render: (agreement) => <AgreementPlansTab agreement={agreement} kind="annual" />,
    },
    ...extraTabs,
    {
      key: 'history',
      labelKey: 'agreements.tabs.history',
      render: (agreement) => <AgreementHistoryTab agreement={agreement} />,
    },
  ];
  return (
    <AgreementDetailPage
      tabs={tabs
        .filter((tab) => !tab.permission || can(tab.permission))
        .map(({ key, labelKey, render }) => ({ key, label: t(labelKey), render }))}
    />
  );
}
