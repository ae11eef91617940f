import { ClearOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '@/lib/format';
import { useMe } from '@/lib/me';
import { useDistricts } from '../api/get-districts';
import { useOrganizations } from '../api/get-organizations';
import { usePeriods } from '../api/get-periods';
import type { VisitFilters } from '../filters';
import { SearchInput } from '@/components/search-input';
import { labelMatches } from './without-diacritics';

interface VisitsFiltersBarProps {
  filters: VisitFilters;
  onChange: (change: Partial<VisitFilters>) => void;
}

const selectWidth = { width: 190 };

export function VisitsFiltersBar({ filters, onChange }: VisitsFiltersBarProps) {
  const { t } = useTranslation();
  const scope = useMe().data?.scope?.kind;
  // A district sees only its own communes and a unit only its own agreements: no choice to offer.
  const withDistrict = scope !== 'district';
  const withOrganization = scope !== 'organization';
  const periods = usePeriods();
  const districts = useDistricts(withDistrict);
  const organizations = useOrganizations(withOrganization);
  const hasFilters = [
    filters.periodId,
    filters.districtId,
    filters.organizationId,
    filters.from,
    filters.to,
    filters.q,
  ].some((value) => value !== undefined);

  return (
    <Flex wrap gap={8} role="search" style={{ marginBottom: 16 }}>
      <SearchInput
        value={filters.q}
        onSearch={(q) => onChange({ q })}
        placeholder={t('visits.filter.search')}
        style={{ width: 360 }}
      />
      <Select
        allowClear
        aria-label={t('visits.filter.period')}
        placeholder={t('visits.filter.period')}
        style={selectWidth}
        loading={periods.isPending}
        value={filters.periodId}
        onChange={(periodId?: number) => onChange({ periodId })}
        options={(periods.data ?? []).map((period) => ({ value: period.id, label: period.name ?? period.code }))}
      />
      {withDistrict && (
        <Select
          allowClear
          showSearch={{ filterOption: labelMatches }}
          aria-label={t('visits.filter.district')}
          placeholder={t('visits.filter.district')}
          style={selectWidth}
          loading={districts.isPending}
          value={filters.districtId}
          onChange={(districtId?: number) => onChange({ districtId })}
          options={(districts.data ?? []).map((district) => ({ value: district.id, label: district.name }))}
        />
      )}
      {withOrganization && (
        <Select
          allowClear
          showSearch={{ filterOption: labelMatches }}
          aria-label={t('visits.filter.organization')}
          placeholder={t('visits.filter.organization')}
          style={{ width: 280 }}
          popupMatchSelectWidth={false}
          loading={organizations.isPending}
          value={filters.organizationId}
          onChange={(organizationId?: number) => onChange({ organizationId })}
          options={(organizations.data ?? []).map((organization) => ({
            value: organization.id,
            label: organization.name,
          }))}
        />
      )}
      <DatePicker.RangePicker
        format={DATE_FORMAT}
        allowEmpty={[true, true]}
        placeholder={[t('visits.filter.from'), t('visits.filter.to')]}
        value={[fromIsoDate(filters.from) ?? null, fromIsoDate(filters.to) ?? null]}
        onChange={(range) => onChange({ from: toIsoDate(range?.[0]), to: toIsoDate(range?.[1]) })}
      />
      {hasFilters && (
        <Button
          icon={<ClearOutlined />}
          onClick={() =>
            onChange({
              periodId: undefined,
              districtId: undefined,
              organizationId: undefined,
              from: undefined,
              to: undefined,
              q: undefined,
            })
          }
        >
          {t('visits.filter.clear')}
        </Button>
      )}
    </Flex>
  );
}
