import { Alert, Col, Row } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { PlanVsActual } from '@/components/plan-vs-actual';
import { StatsBreakdown } from '@/components/stats-breakdown';
import { useMe } from '@/lib/me';
import { paths } from '@/lib/paths';
import { useSupportStats, type StatsKey } from '@/lib/stats';
import {
  changeDashboardFilters,
  dashboardFiltersToParams,
  EMPTY_DASHBOARD_FILTERS,
  parseDashboardFilters,
  toStatsFilters,
  type DashboardFilters,
} from '../filters';
import { DashboardFilterBar } from './dashboard-filter-bar';
import { KpiCards } from './kpi-cards';

const half = { xs: 24, lg: 12 } as const;

/** "Số liệu trong phạm vi: Huyện Nam Giang" for the roles whose figures the API limits. */
export function ScopeNote() {
  const { t } = useTranslation();
  const scope = useMe().data?.scope;
  if (scope?.kind === 'district') {
    return <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('dashboard.scopeDistrict', { name: scope.name ?? '' })} />;
  }
  if (scope?.kind === 'organization') {
    return (
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('dashboard.scopeOrganization', { name: scope.name ?? '' })} />
    );
  }
  return null;
}

/** The support list's filters for the same view, so a figure can be traced to its records. */
function supportListFilter(filters: DashboardFilters) {
  return {
    periodId: filters.periodId,
    districtId: filters.districtId,
    communeId: filters.communeId,
    organizationId: filters.organizationId,
    partnerKind: filters.partnerKind,
    area: filters.area,
    fundingSource: filters.fundingSource,
    form: filters.form,
    status: filters.status,
    from: `${filters.fromYear}-01-01`,
    to: filters.toYear ? `${filters.toYear}-12-31` : undefined,
  };
}

/** "Tổng quan chương trình": the programme's figures for any period and scope, as charts with tables. */
export function DashboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseDashboardFilters(params), [params]);
  const scope = useMe().data?.scope?.kind;
  const base = useMemo(() => toStatsFilters(filters), [filters]);
  const byYear = useMemo(() => ({ ...base, groupBy: 'year', sort: 'key' as const }), [base]);
  // The same query as the by-year chart (one request): its total is the view's total.
  const headline = useSupportStats(byYear);

  const update = useCallback(
    (change: Partial<DashboardFilters>) =>
      setParams(dashboardFiltersToParams(changeDashboardFilters(filters, change)), { replace: false }),
    [filters, setParams],
  );

  const setFilterFromKey = (field: keyof DashboardFilters) => (key: StatsKey) =>
    update({ [field]: key.id ?? key.code ?? undefined } as Partial<DashboardFilters>);

  const communeLink = (key: StatsKey) => (key.id ? paths.communeProfile(key.id) : undefined);
  const organizationLink = (key: StatsKey) => (key.id ? paths.organizationProfile(key.id) : undefined);

  return (
    <>
      <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.subtitle')} />
      <ScopeNote />
      <DashboardFilterBar
        filters={filters}
        onChange={update}
        onClear={() => setParams(dashboardFiltersToParams(EMPTY_DASHBOARD_FILTERS))}
      />
      <KpiCards total={headline.data?.total} loading={headline.isPending} />
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <StatsBreakdown
            title={t('dashboard.view.year')}
            query={byYear}
            chart="line"
            wide
            dimensionLabel={t('dashboard.dimension.year')}
            exportName="tong-quan-theo-nam.xlsx"
            footer={
              <div style={{ marginTop: 8 }}>
                <Link to={paths.supportFiltered(supportListFilter(filters))}>{t('dashboard.traceRecords')}</Link>
              </div>
            }
          />
        </Col>
        <Col {...half}>
          <StatsBreakdown
            title={t('dashboard.view.area')}
            query={{ ...base, groupBy: 'area' }}
            chart="pie"
            dimensionLabel={t('dashboard.dimension.area')}
            onSelect={setFilterFromKey('area')}
            exportName="tong-quan-theo-linh-vuc.xlsx"
          />
        </Col>
        <Col {...half}>
          <StatsBreakdown
            title={t('dashboard.view.fundingSource')}
            query={{ ...base, groupBy: 'fundingSource' }}
            chart="pie"
            dimensionLabel={t('dashboard.dimension.fundingSource')}
            onSelect={setFilterFromKey('fundingSource')}
            exportName="tong-quan-theo-nguon-kinh-phi.xlsx"
          />
        </Col>
        <Col {...half}>
          <StatsBreakdown
            title={t('dashboard.view.form')}
            query={{ ...base, groupBy: 'form' }}
            chart="pie"
            dimensionLabel={t('dashboard.dimension.form')}
            onSelect={setFilterFromKey('form')}
            exportName="tong-quan-tien-mat-hien-vat.xlsx"
          />
        </Col>
        {scope !== 'organization' && (
          <Col {...half}>
            <StatsBreakdown
              title={t('dashboard.view.partnerKind')}
              query={{ ...base, groupBy: 'partnerKind' }}
              chart="hbar"
              dimensionLabel={t('dashboard.dimension.partnerKind')}
              onSelect={setFilterFromKey('partnerKind')}
              exportName="tong-quan-theo-loai-don-vi.xlsx"
            />
          </Col>
        )}
        <Col span={24}>
          <StatsBreakdown
            title={t('dashboard.view.category')}
            query={{ ...base, groupBy: 'category' }}
            chart="hbar"
            wide
            height={420}
            dimensionLabel={t('dashboard.dimension.category')}
            exportName="tong-quan-theo-noi-dung.xlsx"
          />
        </Col>
        {scope !== 'district' && (
          <Col {...half}>
            <StatsBreakdown
              title={t('dashboard.view.district')}
              query={{ ...base, groupBy: 'district' }}
              chart="hbar"
              dimensionLabel={t('dashboard.dimension.district')}
              onSelect={setFilterFromKey('districtId')}
              exportName="tong-quan-theo-huyen.xlsx"
            />
          </Col>
        )}
        <Col {...half}>
          <StatsBreakdown
            title={t('dashboard.view.commune')}
            query={{ ...base, groupBy: 'commune', limit: 20 }}
            chart="hbar"
            height={420}
            dimensionLabel={t('dashboard.dimension.commune')}
            linkFor={communeLink}
            onSelect={(key) => key.id && navigate(paths.communeProfile(key.id))}
            exportName="tong-quan-top-20-xa.xlsx"
          />
        </Col>
        <Col {...half}>
          <StatsBreakdown
            title={t('dashboard.view.organization')}
            query={{ ...base, groupBy: 'organization', limit: 10 }}
            chart="hbar"
            height={360}
            dimensionLabel={t('dashboard.dimension.organization')}
            linkFor={organizationLink}
            onSelect={(key) => key.id && navigate(paths.organizationProfile(key.id))}
            exportName="tong-quan-top-10-don-vi.xlsx"
          />
        </Col>
        <Col span={24}>
          <PlanVsActual
            title={t('dashboard.view.plans')}
            query={{ ...base, groupBy: 'year', sort: 'key' }}
            dimensionLabel={t('dashboard.dimension.year')}
            exportName="tong-quan-ke-hoach-thuc-hien.xlsx"
          />
        </Col>
      </Row>
    </>
  );
}
