import { Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Money } from '@/components/money';
import { ReportStatusTag, TimelinessTag } from '@/components/reporting-tags';
import { StatusTag } from '@/components/status-tag';
import { PageHeader } from '@/components/page-header';
import type { Schemas } from '@/lib/api/client';
import { formatDate, formatDateTime } from '@/lib/format';
import { useCan, useMe } from '@/lib/me';
import { paths } from '@/lib/paths';
import { useAgreementsInScope } from '../api/get-agreements-in-scope';
import { useDraftPlans, type DraftPlan } from '../api/get-agreement-plans';
import { useOverdueActionPoints } from '../api/get-overdue-action-points';
import { useReportsAwaitingAcceptance, type SubmittedReport } from '../api/get-reports-awaiting-acceptance';
import { useReportsToSubmit, type ReportToSubmit } from '../api/get-reports-to-submit';
import { useUnconfirmedSupport } from '../api/get-unconfirmed-support';
import { AttentionCard } from './attention-card';
import { HeadlineFigures } from './headline-figures';

type Party = Pick<Schemas['AgreementSummary'], 'organization' | 'recipient'>;

function Parties({ agreement }: { agreement: Party | undefined }) {
  const recipient = agreement?.recipient;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {agreement?.organization?.name} → {recipient?.kindLabel} {recipient?.name}
    </Typography.Text>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const can = useCan();
  const year = new Date().getFullYear();
  // A district agrees plans, a unit drafts its own. Both see a handful of agreements, so their
  // plans can be read one agreement at a time; the province's hundreds would be too many requests.
  const agreesPlans = can('plans.agree');
  const watchesPlans = agreesPlans || (can('plans.manage') && me?.scope?.kind === 'organization');
  const agreements = useAgreementsInScope();
  const plans = useDraftPlans(agreements.data?.items, watchesPlans);
  const support = useUnconfirmedSupport();
  const actionPoints = useOverdueActionPoints();
  // A unit or district submits its own reports; the province accepts or returns them.
  const submitsReports = can('reports.act') && (me?.scope?.kind === 'organization' || me?.scope?.kind === 'district');
  const acceptsReports = can('reporting.manage');
  const toSubmit = useReportsToSubmit(submitsReports);
  const awaiting = useReportsAwaitingAcceptance(acceptsReports);

  // For the district: only drafts with items are worth agreeing to. For a unit: every draft of its own.
  const draftPlans = agreesPlans ? plans.drafts.filter(({ plan }) => (plan.items ?? []).length > 0) : plans.drafts;
  const scopeName = me?.scope?.kind === 'province' ? t('scope.province') : (me?.scope?.name ?? '');

  return (
    <>
      <PageHeader title={t('home.title')} subtitle={t('home.subtitle', { name: me?.name ?? me?.username ?? '', scope: scopeName })} />
      <HeadlineFigures year={year} />
      <Row gutter={[16, 16]}>
        {submitsReports && (
          <Col xs={24} lg={12}>
            <AttentionCard<ReportToSubmit>
              title={t('home.reports.toSubmit')}
              items={toSubmit.data}
              isPending={toSubmit.isPending}
              error={toSubmit.error}
              onRetry={() => toSubmit.refetch()}
              emptyText={t('home.reports.noneToSubmit')}
              viewAll={paths.reports}
              itemKey={(report) => report.id ?? 0}
              renderItem={(report) => (
                <Flex vertical style={{ width: '100%' }}>
                  <Flex justify="space-between" gap={8} wrap>
                    <Link to={paths.report(report.id ?? 0)}>{report.period?.name}</Link>
                    <span>
                      <ReportStatusTag status={report.status} />
                      <TimelinessTag timeliness={report.timeliness} daysLate={report.daysLate} />
                    </span>
                  </Flex>
                  <Typography.Text type={report.timeliness === 'overdue' ? 'danger' : undefined} style={{ fontSize: 12 }}>
                    {t('home.reports.due', { date: formatDate(report.period?.dueDate) })}
                  </Typography.Text>
                </Flex>
              )}
            />
          </Col>
        )}
        {acceptsReports && (
          <Col xs={24} lg={12}>
            <AttentionCard<SubmittedReport>
              title={t('home.reports.awaitingAcceptance')}
              items={awaiting.data?.items}
              total={awaiting.data?.total}
              isPending={awaiting.isPending}
              error={awaiting.error}
              onRetry={() => awaiting.refetch()}
              emptyText={t('home.reports.noneAwaiting')}
              viewAll={paths.reportsFiltered({ status: 'submitted' })}
              itemKey={(report) => report.id ?? 0}
              renderItem={(report) => (
                <Flex vertical style={{ width: '100%' }}>
                  <Link to={paths.report(report.id ?? 0)}>{report.reporter?.name}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {report.period?.name} · {t('home.reports.submittedAt', { date: formatDateTime(report.lastSubmittedAt) })}
                  </Typography.Text>
                </Flex>
              )}
            />
          </Col>
        )}
        {watchesPlans && (
          <Col xs={24} lg={12}>
            <AttentionCard<DraftPlan>
              title={agreesPlans ? t('home.plans.awaitingAgreement') : t('home.plans.drafts')}
              items={draftPlans}
              isPending={agreements.isPending || plans.isPending}
              error={agreements.error ?? plans.error}
              onRetry={() => agreements.refetch()}
              emptyText={agreesPlans ? t('home.plans.noneAwaiting') : t('home.plans.noDrafts')}
              itemKey={({ plan }) => plan.id ?? 0}
              renderItem={({ agreement, plan }) => (
                <Flex vertical style={{ width: '100%' }}>
                  <Flex justify="space-between" gap={8}>
                    <Link to={paths.plan(agreement.id ?? 0, plan.id ?? 0)}>
                      {plan.kind === 'period' ? t('plans.period') : `${t('plans.annual')} ${plan.year ?? ''}`}: {plan.title}
                    </Link>
                    <Money value={plan.totals?.plannedVnd} />
                  </Flex>
                  <Parties agreement={agreement} />
                  {(plan.items ?? []).length === 0 && (
                    <Typography.Text type="warning" style={{ fontSize: 12 }}>
                      {t('home.plans.noItems')}
                    </Typography.Text>
                  )}
                </Flex>
              )}
            />
          </Col>
        )}
        <Col xs={24} lg={12}>
          <AttentionCard<Schemas['SupportRecord']>
            title={can('support.confirm') ? t('home.support.awaitingMyConfirmation') : t('home.support.unconfirmed')}
            items={support.data?.items}
            total={support.data?.total}
            isPending={support.isPending}
            error={support.error}
            onRetry={() => support.refetch()}
            emptyText={t('home.support.none')}
            viewAll={`${paths.support}?status=recorded`}
            itemKey={(record) => record.id ?? 0}
            renderItem={(record) => (
              <Flex vertical style={{ width: '100%' }}>
                <Flex justify="space-between" gap={8}>
                  <span>
                    {formatDate(record.supportDate)} · {record.description}
                  </span>
                  <Money value={record.valueVnd} />
                </Flex>
                <Parties agreement={record.agreement} />
              </Flex>
            )}
          />
        </Col>
        <Col xs={24} lg={12}>
          <AttentionCard<Schemas['ActionPointListItem']>
            title={t('home.actionPoints.overdue')}
            items={actionPoints.data?.items}
            total={actionPoints.data?.total}
            isPending={actionPoints.isPending}
            error={actionPoints.error}
            onRetry={() => actionPoints.refetch()}
            emptyText={t('home.actionPoints.none')}
            viewAll={paths.visits}
            itemKey={(point) => point.id ?? 0}
            renderItem={(point) => (
              <Flex vertical style={{ width: '100%' }}>
                <Flex justify="space-between" gap={8}>
                  <Link to={paths.visit(point.visit?.id ?? 0)}>{point.description}</Link>
                  <StatusTag kind="actionPoint" status={point.status} />
                </Flex>
                <Typography.Text style={{ fontSize: 12 }}>
                  {t('home.actionPoints.dueOwner', { date: formatDate(point.dueDate), owner: point.owner ?? '' })}
                </Typography.Text>
                <Parties agreement={point.agreement} />
              </Flex>
            )}
          />
        </Col>
      </Row>
    </>
  );
}
