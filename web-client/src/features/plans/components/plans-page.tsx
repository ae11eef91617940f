import { Alert, Button, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { Money } from '@/components/money';
import { PageHeader } from '@/components/page-header';
import { StatusTag } from '@/components/status-tag';
import { useApi } from '@/lib/api/api-context';
import type { Schemas } from '@/lib/api/client';
import { formatDateTime } from '@/lib/format';
import { useMe } from '@/lib/me';
import { paths } from '@/lib/paths';
import { SCANNED_AGREEMENTS, useActiveAgreements } from '../api/get-active-agreements';
import { agreementPlansQuery } from '../api/get-agreement-plans';

type Agreement = Schemas['Agreement'];
type Plan = Schemas['Plan'];

interface AwaitingRow {
  agreement: Agreement;
  plan: Plan;
}

function recipientText(agreement: Agreement) {
  return `${agreement.recipient?.kindLabel ?? ''} ${agreement.recipient?.name ?? ''}`.trim();
}

/**
 * Plans waiting for the receiving district to agree: drafts with at least one item, across the
 * active agreements in the caller's scope. The API has no such list, so the plans of each active
 * agreement are read (one page of agreements, the API's largest) and filtered here.
 */
export function PlansPage() {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const agreements = useActiveAgreements();
  const scanned = agreements.data?.items ?? [];
  const plans = useQueries({
    queries: scanned.map((agreement) => agreementPlansQuery(api, agreement.id ?? 0)),
  });
  const failed = plans.filter((result) => result.isError);
  const loading = agreements.isPending || plans.some((result) => result.isPending);

  const rows: AwaitingRow[] = scanned.flatMap((agreement, index) =>
    (plans[index]?.data ?? [])
      .filter((plan) => plan.status === 'draft' && (plan.items?.length ?? 0) > 0)
      .map((plan) => ({ agreement, plan })),
  );

  const columns: TableColumnsType<AwaitingRow> = [
    {
      title: t('plans.awaiting.agreement'),
      key: 'agreement',
      render: (_, { agreement }) => (
        <Flex vertical>
          <Link to={paths.agreement(agreement.id ?? 0)}>
            {agreement.organization?.name} ↔ {recipientText(agreement)}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {agreement.district?.name} · {agreement.period?.code}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('plans.awaiting.plan'),
      key: 'plan',
      render: (_, { agreement, plan }) => (
        <Flex vertical>
          <Link
            to={paths.agreementTab(
              agreement.id ?? 0,
              plan.kind === 'annual' ? 'annual' : 'period-plan',
              plan.year ?? undefined,
            )}
          >
            {plan.title}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {plan.kind === 'annual' ? t('plans.awaiting.annualOf', { year: plan.year }) : t('plans.period')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('plans.awaiting.items'),
      key: 'items',
      width: 110,
      align: 'right',
      render: (_, { plan }) => plan.items?.length ?? 0,
    },
    {
      title: t('plans.items.planned'),
      key: 'planned',
      width: 180,
      align: 'right',
      render: (_, { plan }) => <Money value={plan.totals?.plannedVnd ?? 0} />,
    },
    {
      title: t('plans.awaiting.updatedAt'),
      key: 'updatedAt',
      width: 170,
      render: (_, { plan }) => formatDateTime(plan.updatedAt),
    },
    {
      title: t('plans.awaiting.status'),
      key: 'status',
      width: 120,
      render: (_, { plan }) => <StatusTag kind="plan" status={plan.status} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('plans.awaiting.title')}
        subtitle={
          me.data?.scope?.kind === 'district' ? t('plans.awaiting.subtitleDistrict') : t('plans.awaiting.subtitle')
        }
      />
      {agreements.isError && <ErrorAlert error={agreements.error} onRetry={() => agreements.refetch()} />}
      {(agreements.data?.total ?? 0) > SCANNED_AGREEMENTS && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('plans.awaiting.capped', { count: SCANNED_AGREEMENTS, total: agreements.data?.total })}
        />
      )}
      {failed.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('plans.awaiting.someFailed', { count: failed.length })}
          action={
            <Button size="small" onClick={() => failed.forEach((result) => void result.refetch())}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      <Table<AwaitingRow>
        rowKey={({ plan }) => plan.id ?? 0}
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={
          rows.length > 20 ? { pageSize: 20, showTotal: (total) => t('common.total', { count: total }) } : false
        }
        // An empty table must not become a scrolling region: with nothing focusable in it, keyboard
        // users could not scroll it (axe: scrollable-region-focusable).
        scroll={rows.length > 0 ? { x: 900 } : undefined}
        locale={{ emptyText: <EmptyState compact description={t('plans.awaiting.empty')} /> }}
      />
    </>
  );
}
