import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';

type Period = Schemas['Period'];

/** The period running this year, else the latest one: the period people mean by default. */
export function defaultPeriod(periods: Period[], year = new Date().getFullYear()): Period | undefined {
  const running = periods.find((period) => (period.startYear ?? 0) <= year && year <= (period.endYear ?? 0));
  if (running) {
    return running;
  }
  return [...periods].sort((a, b) => (b.startYear ?? 0) - (a.startYear ?? 0))[0];
}

interface PeriodSelectProps {
  periods: Period[] | undefined;
  loading?: boolean;
  value: number | undefined;
  onChange: (periodId: number) => void;
  id?: string;
}

export function PeriodSelect({ periods, loading, value, onChange, id }: PeriodSelectProps) {
  const { t } = useTranslation();
  return (
    <Select<number>
      id={id}
      aria-label={t('catalog.adminUnits.period')}
      style={{ minWidth: 200 }}
      loading={loading}
      value={value}
      onChange={onChange}
      options={(periods ?? []).map((period) => ({ value: period.id ?? 0, label: period.name ?? period.code }))}
    />
  );
}
