import { Col, Descriptions, Flex, Row, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadingState } from '@/components/loading-state';
import { PageHeader } from '@/components/page-header';
import { StatsBreakdown } from '@/components/stats-breakdown';
import { StatusTag } from '@/components/status-tag';
import { ToneTag } from '@/components/tone-tag';
import type { Schemas } from '@/lib/api/client';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useSupportStats } from '@/lib/stats';
import { useAdminUnit, useCommuneVisits, useProfileAgreements } from '../api/get-profile-data';
import { DateRange, ProfileError, ProfileNotFound, ProfileSection, profileId } from './profile-parts';
import { ReceivedFigures } from './received-figures';

type Flag = Schemas['AdminUnitFlag'];

function FlagTags({ flag }: { flag: Flag }) {
  const { t } = useTranslation();
  const tags = [
    flag.especiallyDifficult && <ToneTag key="ed" tone="red">{t('flag.especiallyDifficultFull')}</ToneTag>,
    flag.ethnicMinorityArea && <ToneTag key="em" tone="teal">{t('flag.ethnicMinorityAreaFull')}</ToneTag>,
    flag.border && <ToneTag key="b" tone="amber">{t('flag.borderFull')}</ToneTag>,
  ].filter(Boolean);
  return tags.length > 0 ? <Flex wrap gap={4}>{tags}</Flex> : <span>{t('profiles.commune.noFlags')}</span>;
}

/** `/communes/:id`: a commune's partners over time and everything it received. */
export function CommuneProfilePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = profileId(useParams().id);
  const unit = useAdminUnit(id);
  const agreements = useProfileAgreements({ communeId: id });
  const visits = useCommuneVisits(id);
  const statsQuery = { communeId: id };
  const received = useSupportStats({ ...statsQuery, groupBy: 'year', sort: 'key' }, id > 0);

  if (id === 0) {
    return <ProfileNotFound />;
  }
  if (unit.isPending) {
    return <LoadingState />;
  }
  if (unit.error) {
    return <ProfileError error={unit.error} onRetry={() => unit.refetch()} />;
  }
  const commune = unit.data;
  const title = [commune.kindLabel, commune.name].filter(Boolean).join(' ');
  const titleCased = title.charAt(0).toUpperCase() + title.slice(1);
  // Agreements may help a whole mountainous district: its profile is the same page one level up.
  const isDistrict = commune.level === 'district';
  const district = isDistrict ? undefined : commune.parent;
  const dashboardFilter = isDistrict ? { districtId: id } : { districtId: district?.id, communeId: id };

  return (
    <>
      <PageHeader
        title={titleCased}
        subtitle={
          isDistrict
            ? commune.parent?.name && t('profiles.commune.subtitleProvince', { province: commune.parent.name })
            : district?.name && t('profiles.commune.subtitle', { district: district.name })
        }
        extra={
          <Space wrap>
            <Link to={`/needs?communeId=${id}`}>{t('profiles.commune.needs')}</Link>
            <Link to={`/practices?communeId=${id}`}>{t('profiles.commune.practices')}</Link>
            <Link to={paths.dashboardFiltered(dashboardFilter)}>
              {t('profiles.commune.dashboard')}
            </Link>
          </Space>
        }
      />
      <ProfileSection title={t('profiles.commune.about')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'code', label: t('profiles.commune.code'), children: commune.code },
            isDistrict
              ? { key: 'province', label: t('profiles.commune.province'), children: commune.parent?.name }
              : { key: 'district', label: t('profiles.commune.district'), children: district?.name },
            {
              key: 'flags',
              label: t('profiles.commune.flags'),
              span: 'filled',
              children:
                (commune.flags ?? []).length === 0 ? (
                  t('profiles.commune.noFlags')
                ) : (
                  <Flex vertical gap={6}>
                    {(commune.flags ?? []).map((flag) => (
                      <Flex key={flag.periodId} gap={8} align="center" wrap>
                        <strong style={{ minWidth: 90 }}>{t('profiles.commune.period', { period: flag.periodCode })}</strong>
                        <FlagTags flag={flag} />
                      </Flex>
                    ))}
                  </Flex>
                ),
            },
          ]}
        />
      </ProfileSection>

      <ProfileSection title={t('profiles.commune.received')} extra={<Link to={paths.supportFiltered({ communeId: id })}>{t('profiles.supportRecords')}</Link>}>
        <ReceivedFigures total={received.data?.total} loading={received.isPending} />
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <StatsBreakdown
              title={t('profiles.byYear')}
              query={{ ...statsQuery, groupBy: 'year', sort: 'key' }}
              chart="bar"
              wide
              dimensionLabel={t('dashboard.dimension.year')}
              exportName={`xa-${commune.code ?? id}-theo-nam.xlsx`}
            />
          </Col>
          <Col xs={24} xxl={12}>
            <StatsBreakdown
              title={t('profiles.byArea')}
              query={{ ...statsQuery, groupBy: 'area' }}
              chart="pie"
              dimensionLabel={t('dashboard.dimension.area')}
              exportName={`xa-${commune.code ?? id}-theo-linh-vuc.xlsx`}
            />
          </Col>
          <Col xs={24} xxl={12}>
            <StatsBreakdown
              title={t('profiles.commune.byPartner')}
              query={{ ...statsQuery, groupBy: 'organization' }}
              chart="hbar"
              dimensionLabel={t('dashboard.dimension.organization')}
              linkFor={(key) => (key.id ? paths.organizationProfile(key.id) : undefined)}
              onSelect={(key) => key.id && navigate(paths.organizationProfile(key.id))}
              exportName={`xa-${commune.code ?? id}-theo-don-vi.xlsx`}
            />
          </Col>
        </Row>
      </ProfileSection>

      <ProfileSection title={t('profiles.commune.partners')}>
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
            locale={{ emptyText: t('profiles.commune.noPartners') }}
            columns={[
              {
                key: 'organization',
                title: t('agreements.fields.organization'),
                render: (_, agreement) =>
                  agreement.organization?.id ? (
                    <Link to={paths.organizationProfile(agreement.organization.id)}>{agreement.organization.name}</Link>
                  ) : null,
              },
              {
                key: 'kind',
                title: t('agreements.fields.organizationKind'),
                render: (_, agreement) =>
                  agreement.organizationKind ? t(`orgKind.${agreement.organizationKind}` as 'orgKind.other') : '',
              },
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

      <ProfileSection title={t('profiles.commune.visits')}>
        {visits.error ? (
          <ProfileError error={visits.error} onRetry={() => visits.refetch()} />
        ) : (
          <Table
            size="small"
            rowKey="id"
            loading={visits.isPending}
            dataSource={visits.data?.items ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('profiles.commune.noVisits') }}
            columns={[
              {
                key: 'date',
                title: t('profiles.visitDate'),
                render: (_, visit) =>
                  visit.id ? <Link to={paths.visit(visit.id)}>{formatDate(visit.visitDate)}</Link> : formatDate(visit.visitDate),
              },
              { key: 'partner', title: t('agreements.fields.organization'), render: (_, visit) => visit.agreement?.organization?.name },
              {
                key: 'findings',
                title: t('profiles.findings'),
                render: (_, visit) => (
                  <span style={{ display: 'inline-block', maxWidth: 520, whiteSpace: 'normal' }}>{visit.findings}</span>
                ),
              },
            ]}
          />
        )}
      </ProfileSection>
    </>
  );
}
