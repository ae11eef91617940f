import { Button, Card, Descriptions, Flex, Popconfirm, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import { Money } from '@/components/money';
import { PageHeader } from '@/components/page-header';
import { ReasonModal } from '@/components/reason-modal';
import type { Schemas } from '@/lib/api/client';
import { formatDate, formatDateTime } from '@/lib/format';
import { useProblemNotifier } from '@/lib/form-problems';
import { useCan, useMe } from '@/lib/me';
import { paths } from '@/lib/paths';
import { useNeed } from '../api/get-need';
import { useNeedStep, useWithdrawPledge } from '../api/mutations';
import { NeedFormDrawer } from './need-form-drawer';
import { NeedStatusTag, PriorityTag } from './need-tags';
import { PledgeModal } from './pledge-modal';

type Pledge = Schemas['NeedPledge'];
type Delivery = Schemas['NeedDelivery'];
type Asking = 'met' | 'cancel' | { withdraw: Pledge } | undefined;

/** `/needs/:id`: one need, who pledged to it, the plan items and what was delivered against them. */
export function NeedPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const needId = /^\d+$/.test(id ?? '') ? Number(id) : undefined;
  const detail = useNeed(needId);
  const can = useCan();
  const me = useMe();
  const navigate = useNavigate();
  const notify = useProblemNotifier();
  const [editing, setEditing] = useState(false);
  const [pledging, setPledging] = useState(false);
  const [asking, setAsking] = useState<Asking>();
  const met = useNeedStep('met');
  const cancel = useNeedStep('cancel');
  const reopen = useNeedStep('reopen');
  const remove = useNeedStep('delete');
  const withdraw = useWithdrawPledge();

  if (detail.isError) {
    return <ErrorAlert error={detail.error} onRetry={() => detail.refetch()} />;
  }
  if (!detail.data?.need) {
    return <LoadingState />;
  }
  const need = detail.data.need;
  const pledges = detail.data.pledges ?? [];
  const deliveries = detail.data.deliveries ?? [];
  const scope = me.data?.scope;
  const managesIt = can('needs.manage') && (scope?.kind !== 'district' || scope.id === need.district?.id);
  const closed = need.status === 'met' || need.status === 'cancelled';
  const ownOrganization = scope?.kind === 'organization' ? scope.id : undefined;
  const mayWithdraw = (pledge: Pledge) =>
    can('needs.pledge') && pledge.status === 'active' && (ownOrganization === undefined || ownOrganization === pledge.organization?.id);
  const reload = () => detail.refetch();
  const step = { id: need.id as number, version: need.version };

  const pledgeColumns = [
    { title: t('needs.pledge.partner'), key: 'organization', render: (_: unknown, p: Pledge) => p.organization?.name },
    { title: t('needs.pledge.amount'), key: 'pledgedVnd', align: 'right' as const, render: (_: unknown, p: Pledge) => <Money value={p.pledgedVnd} /> },
    { title: t('needs.pledge.year'), dataIndex: 'year', key: 'year' },
    {
      title: t('needs.pledge.planItem'),
      key: 'plan',
      render: (_: unknown, p: Pledge) =>
        p.planId !== undefined && p.planId !== null ? (
          <Link to={paths.plan(p.agreementId as number, p.planId)}>
            {t('needs.pledge.planLink', { year: p.year })} · {t(`status.plan.${p.planStatus === 'agreed' ? 'agreed' : 'draft'}`)}
          </Link>
        ) : (
          '—'
        ),
    },
    { title: t('needs.field.deliveredVnd'), key: 'delivered', align: 'right' as const, render: (_: unknown, p: Pledge) => <Money value={p.deliveredVnd} /> },
    {
      title: t('needs.field.status'),
      key: 'status',
      render: (_: unknown, p: Pledge) =>
        p.status === 'withdrawn' ? (
          <Typography.Text type="secondary">
            {t('needs.pledge.withdrawn', { by: p.withdrawnBy, at: formatDateTime(p.withdrawnAt) })}
            {p.withdrawalReason ? ` — ${p.withdrawalReason}` : ''}
          </Typography.Text>
        ) : (
          t('needs.pledge.active')
        ),
    },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, p: Pledge) =>
        mayWithdraw(p) && (
          <Button size="small" danger onClick={() => setAsking({ withdraw: p })}>
            {t('needs.pledge.withdraw')}
          </Button>
        ),
    },
  ];
  const deliveryColumns = [
    { title: t('needs.delivery.date'), key: 'date', render: (_: unknown, d: Delivery) => formatDate(d.supportDate) },
    { title: t('needs.pledge.partner'), key: 'organization', render: (_: unknown, d: Delivery) => d.organization?.name },
    { title: t('needs.field.description'), dataIndex: 'description', key: 'description' },
    { title: t('needs.delivery.value'), key: 'value', align: 'right' as const, render: (_: unknown, d: Delivery) => <Money value={d.valueVnd} /> },
    {
      title: t('needs.field.status'),
      key: 'status',
      render: (_: unknown, d: Delivery) => t(`status.supportRecord.${d.status === 'confirmed' ? 'confirmed' : 'recorded'}`),
    },
  ];

  return (
    <>
      <PageHeader
        title={need.title}
        subtitle={`${need.commune?.name ?? ''}, ${need.district?.name ?? ''}`}
        extra={
          <Space wrap>
            {can('needs.pledge') && !closed && (
              <Button type="primary" onClick={() => setPledging(true)}>
                {t('needs.pledge.open')}
              </Button>
            )}
            {managesIt && !closed && <Button onClick={() => setEditing(true)}>{t('needs.edit')}</Button>}
            {managesIt && !closed && <Button onClick={() => setAsking('met')}>{t('needs.markMet')}</Button>}
            {managesIt && !closed && <Button onClick={() => setAsking('cancel')}>{t('needs.cancel')}</Button>}
            {managesIt && closed && (
              <Button onClick={() => reopen.mutate(step, { onError: (e) => notify(e, { onReload: reload }) })} loading={reopen.isPending}>
                {t('needs.reopen')}
              </Button>
            )}
            {managesIt && pledges.length === 0 && (
              <Popconfirm
                title={t('needs.deleteConfirm')}
                okText={t('common.delete')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  remove.mutate(step, { onSuccess: () => navigate(paths.needs), onError: (e) => notify(e, { onReload: reload }) })
                }
              >
                <Button danger>{t('common.delete')}</Button>
              </Popconfirm>
            )}
          </Space>
        }
      />
      <Flex gap={16} wrap style={{ marginBottom: 16 }}>
        <Card size="small"><Statistic title={t('needs.field.estimatedVnd')} value={need.estimatedVnd} formatter={() => <Money value={need.estimatedVnd} />} /></Card>
        <Card size="small"><Statistic title={t('needs.field.pledgedVnd')} value={need.pledgedVnd} formatter={() => <Money value={need.pledgedVnd} />} /></Card>
        <Card size="small"><Statistic title={t('needs.field.deliveredVnd')} value={need.deliveredVnd} formatter={() => <Money value={need.deliveredVnd} />} /></Card>
      </Flex>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 24 }}>
        <Descriptions.Item label={t('needs.field.status')}>
          <NeedStatusTag status={need.status} /> {need.statusNote}
        </Descriptions.Item>
        <Descriptions.Item label={t('needs.field.priority')}><PriorityTag priority={need.priority} /></Descriptions.Item>
        <Descriptions.Item label={t('needs.field.category')}>
          {need.category?.name} ({t(`area.${need.category?.area ?? 'material'}`)})
        </Descriptions.Item>
        <Descriptions.Item label={t('needs.field.targetYear')}>{need.targetYear}</Descriptions.Item>
        <Descriptions.Item label={t('needs.field.description')} span={2}>{need.description}</Descriptions.Item>
        <Descriptions.Item label={t('needs.postedBy')}>{need.createdBy} · {formatDateTime(need.createdAt)}</Descriptions.Item>
      </Descriptions>

      <Typography.Title level={2} style={{ fontSize: 18 }}>{t('needs.pledge.heading')}</Typography.Title>
      <Table<Pledge>
        rowKey="id"
        size="small"
        columns={pledgeColumns}
        dataSource={pledges}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <EmptyState compact description={t('needs.pledge.none')} /> }}
        style={{ marginBottom: 24 }}
      />

      <Flex justify="space-between" align="center">
        <Typography.Title level={2} style={{ fontSize: 18 }}>{t('needs.delivery.heading')}</Typography.Title>
        <Link to={paths.supportFiltered({ communeId: need.commune?.id, categoryId: need.category?.id })}>
          {t('needs.delivery.seeSupport')}
        </Link>
      </Flex>
      <Table<Delivery>
        rowKey="supportRecordId"
        size="small"
        columns={deliveryColumns}
        dataSource={deliveries}
        pagination={false}
        locale={{ emptyText: <EmptyState compact description={t('needs.delivery.none')} /> }}
      />

      {managesIt && <NeedFormDrawer open={editing} need={need} onClose={() => setEditing(false)} onReload={reload} />}
      {can('needs.pledge') && <PledgeModal need={need} open={pledging} onClose={() => setPledging(false)} />}
      {managesIt && (
        <ReasonModal
          open={asking === 'met'}
          title={t('needs.markMet')}
          label={t('needs.metNote')}
          okText={t('needs.markMet')}
          required={false}
          field="comment"
          saving={met.isPending}
          onCancel={() => setAsking(undefined)}
          onReload={reload}
          onSubmit={(text, onError) => met.mutate({ ...step, text }, { onSuccess: () => setAsking(undefined), onError })}
        />
      )}
      {managesIt && (
        <ReasonModal
          open={asking === 'cancel'}
          title={t('needs.cancel')}
          label={t('needs.cancelReason')}
          okText={t('needs.cancel')}
          required
          danger
          saving={cancel.isPending}
          onCancel={() => setAsking(undefined)}
          onReload={reload}
          onSubmit={(text, onError) => cancel.mutate({ ...step, text }, { onSuccess: () => setAsking(undefined), onError })}
        />
      )}
      {pledges.some(mayWithdraw) && (
        <ReasonModal
          open={typeof asking === 'object'}
          title={t('needs.pledge.withdraw')}
          label={t('needs.pledge.withdrawReason')}
          okText={t('needs.pledge.withdraw')}
          required={false}
          danger
          saving={withdraw.isPending}
          onCancel={() => setAsking(undefined)}
          onReload={reload}
          onSubmit={(text, onError) => {
            if (typeof asking === 'object') {
              withdraw.mutate(
                { needId: need.id as number, pledgeId: asking.withdraw.id as number, version: asking.withdraw.version, reason: text },
                { onSuccess: () => setAsking(undefined), onError },
              );
            }
          }}
        >
          {t('needs.pledge.withdrawHint')}
        </ReasonModal>
      )}
    </>
  );
}
