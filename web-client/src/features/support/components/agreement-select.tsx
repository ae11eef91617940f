import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';
import { useAgreementOptions } from '../api/get-agreement-options';
import { agreementLabel } from '@/components/parties';
import { useDebouncedValue } from './use-debounced-value';

type AgreementLike = Schemas['AgreementSummary'];

interface AgreementSelectProps {
  id?: string;
  value?: number;
  onChange?: (value: number | undefined) => void;
  /** Agreements to offer even when the search does not bring them: the record's own, the tab's. */
  known: (AgreementLike | undefined)[];
  disabled?: boolean;
}

/** The caller's signed agreements, searched on the server by partner, commune or district. */
export function AgreementSelect({ id, value, onChange, known, disabled }: AgreementSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // Kept so the chosen agreement keeps its label when a later search no longer returns it.
  const [picked, setPicked] = useState<AgreementLike>();
  const q = useDebouncedValue(search.trim());
  const options = useAgreementOptions(q || undefined);

  const byId = new Map<number, AgreementLike>();
  for (const agreement of [...known, picked, ...options.agreements]) {
    if (agreement?.id !== undefined && !byId.has(agreement.id)) {
      byId.set(agreement.id, agreement);
    }
  }

  return (
    <Select
      id={id}
      value={value}
      onChange={(next?: number) => {
        setPicked(next === undefined ? undefined : byId.get(next));
        onChange?.(next);
      }}
      disabled={disabled}
      placeholder={t('support.entry.agreementSearch')}
      loading={options.isPending}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onOpenChange={(open) => !open && setSearch('')}
      popupMatchSelectWidth={false}
      options={[...byId.values()].map((agreement) => ({ value: agreement.id, label: agreementLabel(agreement) }))}
    />
  );
}
