import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/me';
import { useCommunes } from '../api/get-communes';
import { useMountainousDistricts } from '../api/get-mountainous-districts';
import { usePeriodOptions } from '../api/get-periods';
import { recipientLabel } from '../utils/labels';
import { AGREEMENT_STATUSES, type AgreementFilters } from '../utils/list-query';
import { OrganizationSelect } from './organization-select';

interface AgreementFiltersProps {
  filters: AgreementFilters;
  onChange: (patch: Partial<AgreementFilters>) => void;
  onReset: () => void;
}

const SEARCH_DELAY_MS = 400;

/**
 * The list's toolbar. A district sees only its own communes and a unit only its own agreements
 * (the server scopes every answer), so their district or organisation filter would be pointless
 * and is left out.
 */
export function AgreementFiltersBar({ filters, onChange, onReset }: AgreementFiltersProps) {
  const { t } = useTranslation();
  const scope = useMe().data?.scope;
  const ownDistrictId = scope?.kind === 'district' ? scope.id : undefined;
  const districtId = ownDistrictId ?? filters.districtId;
  const periods = usePeriodOptions();
  const districts = useMountainousDistricts({ enabled: ownDistrictId === undefined });
  const communes = useCommunes(districtId);

  // The box follows the address (back button, reset) but sends it only once typing pauses.
  const [text, setText] = useState(filters.q ?? '');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(
    () => setText((current) => (current.trim() === (filters.q ?? '') ? current : (filters.q ?? ''))),
    [filters.q],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  const search = (value: string, delay: number) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onChange({ q: value.trim() || undefined }), delay);
  };

  const anyFilter = Object.values(filters).some((value) => value !== undefined);

  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }} role="search" aria-label={t('agreements.filters.label')}>
      <Input.Search
        aria-label={t('agreements.filters.q')}
        placeholder={t('agreements.filters.qPlaceholder')}
        value={text}
        allowClear
        onChange={(event) => search(event.target.value, SEARCH_DELAY_MS)}
        onSearch={(value) => search(value, 0)}
        style={{ width: 280 }}
      />
      <Select<number>
        aria-label={t('agreements.fields.period')}
        placeholder={t('agreements.fields.period')}
        value={filters.periodId}
        onChange={(periodId) => onChange({ periodId })}
        allowClear
        loading={periods.isPending}
        options={(periods.data ?? []).map((period) => ({ value: period.id ?? 0, label: period.name ?? period.code }))}
        style={{ width: 200 }}
      />
      {ownDistrictId === undefined && (
        <Select<number>
          aria-label={t('agreements.fields.district')}
          placeholder={t('agreements.fields.district')}
          value={filters.districtId}
          onChange={(next) => onChange({ districtId: next, communeId: undefined })}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={districts.isPending}
          options={(districts.data ?? []).map((district) => ({ value: district.id ?? 0, label: district.name }))}
          style={{ width: 180 }}
        />
      )}
      <Select<number>
        aria-label={t('agreements.fields.commune')}
        placeholder={t('agreements.fields.commune')}
        value={filters.communeId}
        onChange={(communeId) => onChange({ communeId })}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        disabled={districtId === undefined}
        loading={communes.isFetching}
        options={(communes.data ?? []).map((commune) => ({
          value: commune.id ?? 0,
          label: recipientLabel({ name: commune.name, kindLabel: commune.kindLabel }),
        }))}
        style={{ width: 180 }}
      />
      {scope?.kind !== 'organization' && (
        <OrganizationSelect
          aria-label={t('agreements.fields.organization')}
          placeholder={t('agreements.fields.organization')}
          value={filters.organizationId}
          onChange={(organizationId) => onChange({ organizationId })}
          allowClear
          style={{ width: 260 }}
        />
      )}
      <Select
        aria-label={t('agreements.fields.status')}
        placeholder={t('agreements.fields.status')}
        value={filters.status}
        onChange={(status) => onChange({ status })}
        allowClear
        options={AGREEMENT_STATUSES.map((status) => ({ value: status, label: t(`status.agreement.${status}`) }))}
        style={{ width: 160 }}
      />
      {anyFilter && (
        <Button icon={<ClearOutlined />} onClick={onReset}>
          {t('agreements.filters.reset')}
        </Button>
      )}
    </Flex>
  );
}
