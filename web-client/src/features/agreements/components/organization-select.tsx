import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganization } from '../api/get-organization';
import { useOrganizationSearch } from '../api/get-organizations';
import { useDebouncedValue } from '../utils/use-debounced-value';

interface OrganizationSelectProps {
  id?: string;
  value?: number;
  onChange?: (value: number | undefined) => void;
  /** Only organisations taking part (a new agreement); otherwise also those that stopped. */
  activeOnly?: boolean;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

/**
 * A partner organisation, searched on the server (without diacritics) as the user types. Nothing is
 * asked until the list is opened; the chosen one is read by id so its name shows before any search.
 */
export function OrganizationSelect({ value, onChange, activeOnly = false, ...rest }: OrganizationSelectProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const results = useOrganizationSearch(q, { activeOnly, enabled: open });
  const found = results.data ?? [];
  const chosen = useOrganization(value !== undefined && !found.some((org) => org.id === value) ? value : undefined);
  const organizations =
    chosen.data && !found.some((org) => org.id === chosen.data.id) ? [chosen.data, ...found] : found;

  return (
    <Select<number>
      {...rest}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      onOpenChange={setOpen}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={organizations.map((org) => ({ value: org.id ?? 0, label: org.name }))}
      loading={results.isFetching || chosen.isFetching}
      notFoundContent={results.isFetching ? <Spin size="small" /> : t('agreements.filters.noOrganization')}
    />
  );
}
