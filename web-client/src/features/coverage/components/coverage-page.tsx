import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { formatDate } from '@/lib/format';
import { useCan, useMe } from '@/lib/me';
import { useCoverage, useCoverageAgreements, useCoverageCommunes, useCoverageOrganizations } from '../api/get-coverage';
import { useDownloadCoverage, type CoverageDownload } from '../api/download-coverage';
import { useDistricts, usePeriods } from '../api/lookups';
import {
  changeCoverageFilters,
  coverageFiltersToParams,
  ORGANIZATION_KINDS,
  parseCoverageFilters,
  toAgreementsQuery,
  toHeadlineQuery,
  toMonitoringQuery,
  toOrganizationsQuery,
  toUncoveredCommunesQuery,
  type CoverageFilters,
  type CoverageTab,
  type OrganizationKind,
} from '../filters';
import { AgreementsTable } from './agreements-table';
import { CommunesTable } from './communes-table';
import { DistrictTable } from './district-table';
import { HeadlineCards } from './headline-cards';
import { OrganizationsTable } from './organizations-table';

/**
 * `/coverage`: which especially-difficult communes still have no partner, who does not take part,
 * and which twinnings show no activity. Every filter and the tab live in the address, so a view
 * can be bookmarked and shared. District and unit users see the same page within their scope.
 */
export function CoveragePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const can = useCan();
  const scope = useMe().data?.scope?.kind;
  const provinceView = can('coverage.organizations');
  const parsed = parseCoverageFilters(params);
  const filters: CoverageFilters = !provinceView && parsed.tab === 'organizations' ? { ...parsed, tab: 'communes' } : parsed;
  const onChange = (change: Partial<CoverageFilters>) =>
    setParams(coverageFiltersToParams(changeCoverageFilters(filters, change)));

  const periods = usePeriods();
  const districts = useDistricts(scope === 'province');
  const headline = useCoverage(toHeadlineQuery(filters));
  const periodId = filters.periodId ?? headline.data?.period?.id;
  const tab = filters.tab;
  const communes = useCoverageCommunes(toUncoveredCommunesQuery(filters), tab === 'communes');
  const monitoring = useCoverageCommunes(toMonitoringQuery(filters), tab === 'monitoring');
  const organizations = useCoverageOrganizations(toOrganizationsQuery(filters), tab === 'organizations' && provinceView);
  const agreements = useCoverageAgreements(toAgreementsQuery(filters), tab === 'agreements');
  const download = useDownloadCoverage();

  const exportTab = () => {
    const name = `${t('coverage.title')} - ${t(`coverage.tab.${tab}`)}.xlsx`;
    const input: CoverageDownload =
      tab === 'organizations'
        ? { list: 'organizations', query: toOrganizationsQuery(filters, false), fallbackName: name }
        : tab === 'agreements'
          ? { list: 'agreements', query: toAgreementsQuery(filters, false), fallbackName: name }
          : tab === 'monitoring'
            ? { list: 'communes', query: toMonitoringQuery(filters, false), fallbackName: name }
            : tab === 'districts'
              ? // the table has no search box: every especially-difficult commune of the period and district
                { list: 'communes', query: toMonitoringQuery({ ...filters, q: undefined }, false), fallbackName: name }
              : { list: 'communes', query: toUncoveredCommunesQuery(filters, false), fallbackName: name };
    download.mutate(input, { onError: () => void message.error(t('problem.unexpected')) });
  };

  const listProps = { pageNumber: filters.page, sort: filters.sort, onChange };
  const tabs: { key: CoverageTab; label: string; children: React.ReactNode }[] = [
    {
      key: 'communes',
      label: t('coverage.tab.communes'),
      children: (
        <>
          {communes.error ? <ErrorAlert error={communes.error} onRetry={() => communes.refetch()} /> : null}
          <CommunesTable mode="uncovered" page={communes.data} loading={communes.isFetching} {...listProps} />
        </>
      ),
    },
    {
      key: 'districts',
      label: t('coverage.tab.districts'),
      children: <DistrictTable districts={headline.data?.districts ?? []} loading={headline.isFetching} />,
    },
    ...(provinceView
      ? [
          {
            key: 'organizations' as const,
            label: t('coverage.tab.organizations'),
            children: (
              <>
                <Select<OrganizationKind | 'all'>
                  aria-label={t('coverage.kind')}
                  style={{ width: 280, marginBottom: 12 }}
                  value={filters.kind ?? 'all'}
                  onChange={(value) => onChange({ kind: value === 'all' ? undefined : value })}
                  options={[
                    { value: 'all', label: t('coverage.allKinds') },
                    ...ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`orgKind.${kind}`) })),
                  ]}
                />
                {organizations.error ? <ErrorAlert error={organizations.error} /> : null}
                <OrganizationsTable page={organizations.data} loading={organizations.isFetching} {...listProps} />
              </>
            ),
          },
        ]
      : []),
    {
      key: 'agreements',
      label: t('coverage.tab.agreements'),
      children: (
        <>
          {agreements.error ? <ErrorAlert error={agreements.error} /> : null}
          <AgreementsTable
            page={agreements.data}
            loading={agreements.isFetching}
            gap={filters.gap}
            inactiveMonths={filters.inactiveMonths}
            {...listProps}
          />
        </>
      ),
    },
    {
      key: 'monitoring',
      label: t('coverage.tab.monitoring'),
      children: (
        <>
          {monitoring.error ? <ErrorAlert error={monitoring.error} /> : null}
          <CommunesTable mode="monitoring" page={monitoring.data} loading={monitoring.isFetching} {...listProps} />
        </>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('coverage.title')}
        subtitle={t('coverage.subtitle')}
        extra={
          <Button icon={<DownloadOutlined />} onClick={exportTab} loading={download.isPending}>
            {t('coverage.export')}
          </Button>
        }
      />
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Select<number>
          aria-label={t('coverage.period')}
          style={{ width: 220 }}
          loading={periods.isLoading}
          value={periodId}
          onChange={(value) => onChange({ periodId: value })}
          options={(periods.data ?? []).map((period) => ({ value: period.id, label: period.name }))}
        />
        {scope === 'province' && (
          <Select<number | 'all'>
            aria-label={t('coverage.districtFilter')}
            style={{ width: 220 }}
            value={filters.districtId ?? 'all'}
            onChange={(value) => onChange({ districtId: value === 'all' ? undefined : value })}
            options={[
              { value: 'all', label: t('coverage.allDistricts') },
              ...(districts.data ?? []).map((district) => ({ value: district.id, label: district.name })),
            ]}
          />
        )}
        {tab !== 'districts' && (
          <SearchInput
            value={filters.q}
            onSearch={(q) => onChange({ q })}
            placeholder={t('coverage.search')}
            style={{ width: 340 }}
          />
        )}
        {headline.data && (
          <Typography.Text type="secondary">{t('coverage.asOf', { date: formatDate(headline.data.asOf) })}</Typography.Text>
        )}
      </Flex>
      {headline.error ? <ErrorAlert error={headline.error} onRetry={() => headline.refetch()} /> : null}
      {headline.data && <HeadlineCards headline={headline.data} />}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('coverage.rule')}
      </Typography.Paragraph>
      <Tabs activeKey={tab} onChange={(key) => onChange({ tab: key as CoverageTab })} items={tabs} />
    </>
  );
}
