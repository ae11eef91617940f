import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/lib/paths';

/** Switches between the visits and the overdue action points across them. */
export function VisitsNav({ current }: { current: 'list' | 'overdue' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Segmented
      value={current}
      onChange={(value) => navigate(value === 'overdue' ? paths.overdueActionPoints : paths.visits)}
      options={[
        { value: 'list', label: t('visits.listTab') },
        { value: 'overdue', label: t('visits.overdueTab') },
      ]}
    />
  );
}
