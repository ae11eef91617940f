import { Col, Descriptions, Row, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadingState } from '@/components/loading-state';
import { PageHeader } from '@/components/page-header';
import { PlanVsActual } from '@/components/plan-vs-actual';
import { ReportStatusTag, TimelinessTag } from '@/components/reporting-tags';
import { StatsBreakdown } from '@/components/stats-breakdown';
import { StatusTag } from '@/components/status-tag';
import { formatDate } from '@/lib/format';
import { useCan, useMe } from '@/lib/me';
import { paths } from '@/lib/paths';
import { useSupportStats } from '@/lib/stats';
import { useOrganization, useOrganizationReports, useProfileAgreements } from '../api/get-profile-data';
import { DateRange, ProfileError, ProfileNotFound, ProfileSection, profileId } from './profile-parts';
import { ReceivedFigures } from './received-figures';

/** `/organizations/:id`: a partner's agreements and communes, what it gave, its plans and reports. */
export function OrganizationProfilePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = profileId(useParams().id);
  const can = useCan();
  const scope = useMe().data?.scope;
  // The province reads every report, a unit its own; a district would see none of a partner's.
  const readsReports =
    can('reports.view') && (scope?.kind === 'province' || (scope?.kind === 'organization' && scope.id === id));
  const organization = useOrganization(id);
  const agreements = useProfileAgreements({ organizationId: id });
  const reports = useOrganizationReports(id, readsReports);
  const statsQuery = { organizationId: id };
  const given = useSupportStats({ ...statsQuery, groupBy: 'year', sort: 'key' }, id > 0);

  if (id === 0) {
    return <ProfileNotFound />;
  }
  if (organization.isPending) {
    return <LoadingState />;
  }
  if (organization.error) {
    return <ProfileError error={organization.error} onRetry={() => organization.refetch()} />;
  }
  const org = organization.data;
  const fileStem = `don-vi-${org.code ?? id}`;

  return (
    <>
      <PageHeader
        title={org.name ?? ''}
        subtitle={org.kind ? t(`orgKind.${org.kind}`) : undefined}
        extra={<Link to={paths.dashboardFiltered({ organizationId: id })}>{t('profiles.organization.dashboard')}</Link>}
      />
      <ProfileSection title={t('profiles.organization.about')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'code', label: t('common.code'), children: org.code },
            { key: 'kind', label: t('catalog.organizations.kind'), children: org.kind ? t(`orgKind.${org.kind}`) : '' },
            {
              key: 'active',
              label: t('catalog.organizations.participation'),
              children: org.active === false ? t('catalog.organizations.inactive') : t('catalog.organizations.active'),
            },
            { key: 'address', label: t('catalog.organizations.address'), children: org.address },
            { key: 'phone', label: t('catalog.organizations.phone'), children: org.phone },
            { key: 'email', label: t('catalog.organizations.email'), children: org.email },
            {
              key: 'officer',
              label: t('catalog.organizations.officer'),
              children: [org.officerName, org.officerTitle].filter(Boolean).join(', '),
            },
            {
              key: 'officerContact',
              label: t('profiles.organization.officerContact'),
              children: [org.officerPhone, org.officerEmail].filter(Boolean).join(' · '),
            },
          ]}
        />
      </ProfileSection>

      <ProfileSection title={t('profiles.organization.agreements')}>
        {agreements.error ? (
          <ProfileError error={agreements.error} onRetry={() => agreements.refetch()} />
        ) : (
          <Table
            size="small"
            rowKey="id"
            loading={agreements.isPending}
            dataSource={agreements.data?.items ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('profiles.organization.noAgreements') }}
            columns={[
              {
                key: 'recipient',
                title: t('agreements.fields.recipient'),
                render: (_, agreement) => {
                  const recipient = agreement.recipient;
                  const label = [recipient?.kindLabel, recipient?.name].filter(Boolean).join(' ');
                  return recipient?.id && recipient.level === 'commune' ? (
                    <Link to={paths.communeProfile(recipient.id)}>{label}</Link>
                  ) : (
                    label
                  );
                },
              },
              { key: 'district', title: t('agreements.fields.district'), render: (_, agreement) => agreement.district?.name },
              { key: 'period', title: t('agreements.fields.period'), render: (_, agreement) => agreement.period?.code },
              {
                key: 'dates',
                title: t('agreements.fields.dates'),
                render: (_, agreement) => <DateRange from={agreement.startDate} to={agreement.endDate} />,
              },
              {
                key: 'status',
                title: t('agreements.fields.status'),
                render: (_, agreement) => <StatusTag kind="agreement" status={agreement.status} />,
              },
              {
                key: 'open',
                title: t('common.details'),
                render: (_, agreement) =>
                  agreement.id ? <Link to={paths.agreement(agreement.id)}>{t('profiles.openAgreement')}</Link> : null,
              },
            ]}
          />
        )}
      </ProfileSection>

      <ProfileSection
        title={t('profiles.organization.given')}
        extra={<Link to={paths.supportFiltered({ organizationId: id })}>{t('profiles.supportRecords')}</Link>}
      >
        <ReceivedFigures total={given.data?.total} loading={given.isPending} />
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <StatsBreakdown
              title={t('profiles.byYear')}
              query={{ ...statsQuery, groupBy: 'year', sort: 'key' }}
              chart="bar"
              wide
              dimensionLabel={t('dashboard.dimension.year')}
              exportName={`${fileStem}-theo-nam.xlsx`}
            />
          </Col>
          <Col xs={24} xxl={12}>
            <StatsBreakdown
              title={t('profiles.organization.byCommune')}
              query={{ ...statsQuery, groupBy: 'commune' }}
              chart="hbar"
              dimensionLabel={t('dashboard.dimension.commune')}
              linkFor={(key) => (key.id ? paths.communeProfile(key.id) : undefined)}
              onSelect={(key) => key.id && navigate(paths.communeProfile(key.id))}
              exportName={`${fileStem}-theo-xa.xlsx`}
            />
          </Col>
          <Col xs={24} xxl={12}>
            <StatsBreakdown
              title={t('profiles.byArea')}
              query={{ ...statsQuery, groupBy: 'area' }}
              chart="pie"
              dimensionLabel={t('dashboard.dimension.area')}
              exportName={`${fileStem}-theo-linh-vuc.xlsx`}
            />
          </Col>
          <Col span={24}>
            <PlanVsActual
              title={t('profiles.organization.plans')}
              query={{ ...statsQuery, groupBy: 'year', sort: 'key' }}
              dimensionLabel={t('dashboard.dimension.year')}
              exportName={`${fileStem}-ke-hoach-thuc-hien.xlsx`}
            />
          </Col>
        </Row>
      </ProfileSection>

      {readsReports && (
        <ProfileSection title={t('profiles.organization.reports')}>
          {reports.error ? (
            <ProfileError error={reports.error} onRetry={() => reports.refetch()} />
          ) : (
            <Table
              size="small"
              rowKey="id"
              loading={reports.isPending}
              dataSource={reports.data?.items ?? []}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('profiles.organization.noReports') }}
              columns={[
                {
                  key: 'period',
                  title: t('reports.field.period'),
                  render: (_, report) =>
                    report.id ? <Link to={paths.report(report.id)}>{report.period?.name}</Link> : report.period?.name,
                },
                { key: 'due', title: t('reports.field.dueDate'), render: (_, report) => formatDate(report.period?.dueDate) },
                { key: 'status', title: t('reports.field.status'), render: (_, report) => <ReportStatusTag status={report.status} /> },
                {
                  key: 'timeliness',
                  title: t('reports.field.timeliness'),
                  render: (_, report) => <TimelinessTag timeliness={report.timeliness} daysLate={report.daysLate} />,
                },
              ]}
            />
          )}
        </ProfileSection>
      )}
    </>
  );
}
