import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/me';
import { matchesQuery } from '@/lib/search';
import { useCommunes, useDistricts, useOrganization, useOrganizationSearch, usePeriods } from '../api/get-lookups';
import {
  DEFAULT_FROM_YEAR,
  FUNDING_SOURCES,
  PARTNER_KINDS,
  SUPPORT_AREAS,
  SUPPORT_FORMS,
  SUPPORT_STATUSES,
  activeFilterCount,
  type DashboardFilters,
} from '../filters';

interface DashboardFilterBarProps {
  filters: DashboardFilters;
  onChange: (change: Partial<DashboardFilters>) => void;
  onClear: () => void;
}

const labelMatches = (input: string, option?: { label?: unknown }) => matchesQuery(String(option?.label ?? ''), input);

/** Years a view can start or end in: the programme's first year to next year. */
function yearOptions(): { value: number; label: string }[] {
  const last = new Date().getFullYear() + 1;
  return Array.from({ length: last - DEFAULT_FROM_YEAR + 1 }, (_, index) => {
    const year = DEFAULT_FROM_YEAR + index;
    return { value: year, label: String(year) };
  });
}

const narrow = { width: 130 };
const wide = { width: 200 };

/** The dashboard's filters; every choice goes to the address (so a view can be shared). */
export function DashboardFilterBar({ filters, onChange, onClear }: DashboardFilterBarProps) {
  const { t } = useTranslation();
  const scope = useMe().data?.scope;
  // A district sees only its own communes and a unit only its own agreements: no choice to offer.
  const withDistrict = scope?.kind !== 'district';
  const withOrganization = scope?.kind !== 'organization';
  const districtOfCommunes = scope?.kind === 'district' ? scope.id : filters.districtId;
  const periods = usePeriods();
  const districts = useDistricts(withDistrict);
  const communes = useCommunes(districtOfCommunes);
  const [organizationQuery, setOrganizationQuery] = useState('');
  const organizations = useOrganizationSearch(organizationQuery, withOrganization);
  const chosenOrganization = useOrganization(withOrganization ? filters.organizationId : undefined);
  const years = yearOptions();

  const organizationOptions = [
    ...(chosenOrganization.data && !(organizations.data ?? []).some((o) => o.id === chosenOrganization.data.id)
      ? [chosenOrganization.data]
      : []),
    ...(organizations.data ?? []),
  ].map((organization) => ({ value: organization.id, label: organization.name }));

  return (
    <Flex wrap gap={8} role="search" aria-label={t('dashboard.filter.label')} style={{ marginBottom: 16 }}>
      <Select
        allowClear
        aria-label={t('dashboard.filter.period')}
        placeholder={t('dashboard.filter.period')}
        style={wide}
        loading={periods.isPending}
        value={filters.periodId}
        onChange={(periodId?: number) => onChange({ periodId })}
        options={(periods.data ?? []).map((period) => ({ value: period.id, label: period.name ?? period.code }))}
      />
      <Select
        aria-label={t('dashboard.filter.fromYear')}
        prefix={t('dashboard.filter.fromYearShort')}
        style={narrow}
        value={filters.fromYear}
        onChange={(fromYear: number) => onChange({ fromYear })}
        options={years}
      />
      <Select
        allowClear
        aria-label={t('dashboard.filter.toYear')}
        prefix={t('dashboard.filter.toYearShort')}
        placeholder={t('dashboard.filter.now')}
        style={narrow}
        value={filters.toYear}
        onChange={(toYear?: number) => onChange({ toYear })}
        options={years}
      />
      {withDistrict && (
        <Select
          allowClear
          showSearch={{ filterOption: labelMatches }}
          aria-label={t('dashboard.filter.district')}
          placeholder={t('dashboard.filter.district')}
          style={wide}
          loading={districts.isPending}
          value={filters.districtId}
          onChange={(districtId?: number) => onChange({ districtId })}
          options={(districts.data ?? []).map((district) => ({ value: district.id, label: district.name }))}
        />
      )}
      <Select
        allowClear
        showSearch={{ filterOption: labelMatches }}
        aria-label={t('dashboard.filter.commune')}
        placeholder={districtOfCommunes ? t('dashboard.filter.commune') : t('dashboard.filter.communeFirst')}
        disabled={districtOfCommunes === undefined}
        style={wide}
        loading={communes.isFetching}
        value={filters.communeId}
        onChange={(communeId?: number) => onChange({ communeId })}
        options={(communes.data ?? []).map((commune) => ({ value: commune.id, label: commune.name }))}
      />
      {withOrganization && (
        <Select
          allowClear
          showSearch={{ filterOption: false, onSearch: setOrganizationQuery }}
          aria-label={t('dashboard.filter.organization')}
          placeholder={t('dashboard.filter.organization')}
          style={{ width: 260 }}
          popupMatchSelectWidth={false}
          loading={organizations.isFetching}
          value={filters.organizationId}
          onChange={(organizationId?: number) => onChange({ organizationId })}
          options={organizationOptions}
        />
      )}
      {withOrganization && (
        <Select
          allowClear
          aria-label={t('dashboard.filter.partnerKind')}
          placeholder={t('dashboard.filter.partnerKind')}
          style={wide}
          popupMatchSelectWidth={false}
          value={filters.partnerKind}
          onChange={(partnerKind?: DashboardFilters['partnerKind']) => onChange({ partnerKind })}
          options={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`orgKind.${kind}`) }))}
        />
      )}
      <Select
        allowClear
        aria-label={t('dashboard.filter.area')}
        placeholder={t('dashboard.filter.area')}
        style={wide}
        popupMatchSelectWidth={false}
        value={filters.area}
        onChange={(area?: DashboardFilters['area']) => onChange({ area })}
        options={SUPPORT_AREAS.map((area) => ({ value: area, label: t(`area.${area}`) }))}
      />
      <Select
        allowClear
        aria-label={t('dashboard.filter.fundingSource')}
        placeholder={t('dashboard.filter.fundingSource')}
        style={wide}
        popupMatchSelectWidth={false}
        value={filters.fundingSource}
        onChange={(fundingSource?: DashboardFilters['fundingSource']) => onChange({ fundingSource })}
        options={FUNDING_SOURCES.map((source) => ({ value: source, label: t(`support.funding.${source}`) }))}
      />
      <Select
        allowClear
        aria-label={t('dashboard.filter.form')}
        placeholder={t('dashboard.filter.form')}
        style={narrow}
        value={filters.form}
        onChange={(form?: DashboardFilters['form']) => onChange({ form })}
        options={SUPPORT_FORMS.map((form) => ({ value: form, label: t(`support.form.${form}`) }))}
      />
      <Select
        allowClear
        aria-label={t('dashboard.filter.status')}
        placeholder={t('dashboard.filter.status')}
        style={wide}
        popupMatchSelectWidth={false}
        value={filters.status}
        onChange={(status?: DashboardFilters['status']) => onChange({ status })}
        options={SUPPORT_STATUSES.map((status) => ({ value: status, label: t(`status.supportRecord.${status}`) }))}
      />
      {activeFilterCount(filters) > 0 && (
        <Button icon={<ClearOutlined />} onClick={onClear}>
          {t('dashboard.filter.clear')}
        </Button>
      )}
    </Flex>
  );
}
