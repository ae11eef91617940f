import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { parseSupportFilters, supportFiltersToParams, type SupportFilters } from '../filters';
import { SupportRecordsView } from './support-records-view';

/**
 * `/support`. The filters live in the address, so a filtered list can be bookmarked, sent to a
 * colleague, and survives the browser's back button.
 */
export function SupportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = parseSupportFilters(params);
  const onFiltersChange = (next: SupportFilters) => setParams(supportFiltersToParams(next));

  return (
    <SupportRecordsView
      filters={filters}
      onFiltersChange={onFiltersChange}
      heading={{ title: t('support.title'), subtitle: t('support.subtitle') }}
    />
  );
}
