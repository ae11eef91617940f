import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '@/components/search-input';
import { foldVietnamese } from '@/lib/search';
import { useCommunes, useDistricts } from '../api/lookups';
import { NEED_PRIORITIES, NEED_STATUSES, SUPPORT_AREAS, type NeedFilters } from '../filters';

interface NeedsFiltersBarProps {
  filters: NeedFilters;
  onChange: (change: Partial<NeedFilters>) => void;
  /** The commune of `?communeId=` as the list rows name it, for when no district is chosen. */
  knownCommune?: { id?: number; name?: string };
}

const selectWidth = { width: 190 };
const matches = (input: string, option?: { label?: unknown }) =>
  foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input));

/** District, commune, area, status, priority, year and a search; every choice goes into the address. */
export function NeedsFiltersBar({ filters, onChange, knownCommune }: NeedsFiltersBarProps) {
  const { t } = useTranslation();
  const districts = useDistricts();
  const communes = useCommunes(filters.districtId, filters.districtId !== undefined);
  const communeOptions = (communes.data ?? []).map((c) => ({ value: c.id as number, label: c.name ?? '' }));
  if (knownCommune?.id !== undefined && !communeOptions.some((option) => option.value === knownCommune.id)) {
    communeOptions.push({ value: knownCommune.id, label: knownCommune.name ?? '' });
  }
  const hasFilters = Object.entries(filters).some(
    ([key, value]) => !['page', 'size', 'sort'].includes(key) && value !== undefined,
  );

  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }} role="search" aria-label={t('needs.filters')}>
      <SearchInput value={filters.q} onSearch={(q) => onChange({ q })} placeholder={t('needs.searchPlaceholder')} style={{ width: 260 }} />
      <Select
        aria-label={t('needs.field.district')}
        placeholder={t('needs.field.district')}
        allowClear
        showSearch={{ filterOption: matches }}
        style={selectWidth}
        value={filters.districtId}
        options={(districts.data ?? []).map((d) => ({ value: d.id as number, label: d.name ?? '' }))}
        onChange={(districtId?: number) => onChange({ districtId, communeId: undefined })}
      />
      <Select
        aria-label={t('needs.field.commune')}
        placeholder={t('needs.field.commune')}
        allowClear
        showSearch={{ filterOption: matches }}
        style={selectWidth}
        value={filters.communeId}
        disabled={filters.districtId === undefined && filters.communeId === undefined}
        options={communeOptions}
        onChange={(communeId?: number) => onChange({ communeId })}
      />
      <Select
        aria-label={t('needs.field.area')}
        placeholder={t('needs.field.area')}
        allowClear
        style={selectWidth}
        value={filters.area}
        options={SUPPORT_AREAS.map((area) => ({ value: area, label: t(`area.${area}`) }))}
        onChange={(area) => onChange({ area })}
      />
      <Select
        aria-label={t('needs.field.status')}
        placeholder={t('needs.field.status')}
        allowClear
        style={{ width: 180 }}
        value={filters.status}
        options={NEED_STATUSES.map((status) => ({ value: status, label: t(`needs.status.${status}`) }))}
        onChange={(status) => onChange({ status })}
      />
      <Select
        aria-label={t('needs.field.priority')}
        placeholder={t('needs.field.priority')}
        allowClear
        style={{ width: 150 }}
        value={filters.priority}
        options={NEED_PRIORITIES.map((priority) => ({ value: priority, label: t(`needs.priority.${priority}`) }))}
        onChange={(priority) => onChange({ priority })}
      />
      <InputNumber
        aria-label={t('needs.field.targetYear')}
        placeholder={t('needs.field.targetYear')}
        min={1990}
        max={2100}
        style={{ width: 130 }}
        value={filters.year}
        onChange={(year) => onChange({ year: typeof year === 'number' && year >= 1990 && year <= 2100 ? year : undefined })}
      />
      {hasFilters && (
        <Button icon={<ClearOutlined />} onClick={() => onChange({ districtId: undefined, communeId: undefined, area: undefined,
          status: undefined, priority: undefined, year: undefined, q: undefined })}>
          {t('needs.clearFilters')}
        </Button>
      )}
    </Flex>
  );
}
