import { CheckSquareOutlined, ClearOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '@/lib/format';
import { useCan, useMe } from '@/lib/me';
import { useAdminUnit } from '../api/get-admin-unit';
import { useDistricts } from '../api/get-districts';
import { useOrganizations } from '../api/get-organizations';
import { usePeriods } from '../api/get-periods';
import { useSupportCategories } from '../api/get-support-categories';
import {
  FUNDING_SOURCES,
  SUPPORT_AREAS,
  SUPPORT_FORMS,
  SUPPORT_STATUSES,
  type SupportFilters,
} from '../filters';
import { categoryOptions } from './category-options';
import { SearchInput } from '@/components/search-input';
import { labelMatches } from './without-diacritics';
import { ToneTag } from '@/components/tone-tag';

interface SupportFiltersBarProps {
  filters: SupportFilters;
  onChange: (change: Partial<SupportFilters>) => void;
  /** Within one agreement the period, district and partner are fixed, so they are not offered. */
  withParties: boolean;
}

const selectWidth = { width: 190 };

export function SupportFiltersBar({ filters, onChange, withParties }: SupportFiltersBarProps) {
  const { t } = useTranslation();
  const can = useCan();
  const scope = useMe().data?.scope?.kind;
  // A district sees only its own communes and a unit only its own agreements: no choice to offer.
  const withDistrict = withParties && scope !== 'district';
  const withOrganization = withParties && scope !== 'organization';
  const periods = usePeriods();
  const districts = useDistricts(withDistrict);
  const organizations = useOrganizations(withOrganization);
  const categories = useSupportCategories({ activeOnly: false });
  const awaitingMine = filters.status === 'recorded';
  // Only links from report figures narrow to one commune: name it, so the list is not a mystery.
  const commune = useAdminUnit(filters.communeId);

  const hasFilters = Object.entries(filters).some(
    ([key, value]) => !['page', 'size', 'sort'].includes(key) && value !== undefined,
  );

  return (
    <Flex wrap gap={8} role="search" aria-label={t('support.filter.label')} style={{ marginBottom: 16 }}>
      <SearchInput
        value={filters.q}
        onSearch={(q) => onChange({ q })}
        placeholder={t('support.filter.search')}
        style={{ width: 340 }}
      />
      {can('support.confirm') && (
        <Button
          icon={<CheckSquareOutlined />}
          type={awaitingMine ? 'primary' : 'default'}
          aria-pressed={awaitingMine}
          onClick={() => onChange({ status: awaitingMine ? undefined : 'recorded' })}
        >
          {t('support.awaitingMine')}
        </Button>
      )}
      {withParties && (
        <Select
          allowClear
          aria-label={t('support.filter.period')}
          placeholder={t('support.filter.period')}
          style={selectWidth}
          loading={periods.isPending}
          value={filters.periodId}
          onChange={(periodId?: number) => onChange({ periodId })}
          options={(periods.data ?? []).map((period) => ({ value: period.id, label: period.name ?? period.code }))}
        />
      )}
      {withDistrict && (
        <Select
          allowClear
          showSearch={{ filterOption: labelMatches }}
          aria-label={t('support.filter.district')}
          placeholder={t('support.filter.district')}
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
          aria-label={t('support.filter.organization')}
          placeholder={t('support.filter.organization')}
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
      <Select
        allowClear
        aria-label={t('support.filter.area')}
        placeholder={t('support.filter.area')}
        style={selectWidth}
        popupMatchSelectWidth={false}
        value={filters.area}
        onChange={(area?: SupportFilters['area']) => {
          const category = categories.data?.find((candidate) => candidate.id === filters.categoryId);
          // A category of another area would leave the list empty for no visible reason.
          const keepCategory = !area || category?.area === area;
          onChange({ area, categoryId: keepCategory ? filters.categoryId : undefined });
        }}
        options={SUPPORT_AREAS.map((area) => ({ value: area, label: t(`area.${area}`) }))}
      />
      <Select
        allowClear
        showSearch={{ filterOption: labelMatches }}
        aria-label={t('support.filter.category')}
        placeholder={t('support.filter.category')}
        style={{ width: 280 }}
        popupMatchSelectWidth={false}
        loading={categories.isPending}
        value={filters.categoryId}
        onChange={(categoryId?: number) => onChange({ categoryId })}
        options={categoryOptions(categories.data ?? [], t, filters.area)}
      />
      <Select
        allowClear
        aria-label={t('support.filter.status')}
        placeholder={t('support.filter.status')}
        style={selectWidth}
        value={filters.status}
        onChange={(status?: SupportFilters['status']) => onChange({ status })}
        options={SUPPORT_STATUSES.map((status) => ({ value: status, label: t(`status.supportRecord.${status}`) }))}
      />
      <Select
        allowClear
        aria-label={t('support.filter.form')}
        placeholder={t('support.filter.form')}
        style={{ width: 140 }}
        value={filters.form}
        onChange={(form?: SupportFilters['form']) => onChange({ form })}
        options={SUPPORT_FORMS.map((form) => ({ value: form, label: t(`support.form.${form}`) }))}
      />
      <Select
        allowClear
        aria-label={t('support.filter.fundingSource')}
        placeholder={t('support.filter.fundingSource')}
        style={selectWidth}
        popupMatchSelectWidth={false}
        value={filters.fundingSource}
        onChange={(fundingSource?: SupportFilters['fundingSource']) => onChange({ fundingSource })}
        options={FUNDING_SOURCES.map((source) => ({ value: source, label: t(`support.funding.${source}`) }))}
      />
      <DatePicker.RangePicker
        format={DATE_FORMAT}
        allowEmpty={[true, true]}
        placeholder={[t('support.filter.from'), t('support.filter.to')]}
        aria-label={t('support.filter.dateRange')}
        value={[fromIsoDate(filters.from) ?? null, fromIsoDate(filters.to) ?? null]}
        onChange={(range) => onChange({ from: toIsoDate(range?.[0]), to: toIsoDate(range?.[1]) })}
      />
      {filters.communeId !== undefined && (
        <ToneTag tone="teal">
          {t('support.filter.commune', { name: commune.data?.name ?? `#${filters.communeId}` })}
        </ToneTag>
      )}
      {filters.partnerKind && (
        <ToneTag tone="teal">{t('support.filter.partnerKind', { kind: t(`orgKind.${filters.partnerKind}`) })}</ToneTag>
      )}
      {hasFilters && (
        <Button
          icon={<ClearOutlined />}
          onClick={() =>
            onChange({
              periodId: undefined,
              districtId: undefined,
              communeId: undefined,
              organizationId: undefined,
              partnerKind: undefined,
              area: undefined,
              categoryId: undefined,
              status: undefined,
              form: undefined,
              fundingSource: undefined,
              from: undefined,
              to: undefined,
              q: undefined,
            })
          }
        >
          {t('support.filter.clear')}
        </Button>
      )}
    </Flex>
  );
}
