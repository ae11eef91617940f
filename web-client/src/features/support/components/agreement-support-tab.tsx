import { useState } from 'react';
import type { Schemas } from '@/lib/api/client';
import { EMPTY_SUPPORT_FILTERS, type SupportFilters } from '../filters';
import { SupportRecordsView } from './support-records-view';

/**
 * The support given under one agreement, for its detail page. Its filters stay in the tab rather
 * than the address, which belongs to the page and its other tabs.
 */
export function AgreementSupportTab({ agreement }: { agreement: Schemas['Agreement'] }) {
  const [filters, setFilters] = useState<SupportFilters>(EMPTY_SUPPORT_FILTERS);
  return <SupportRecordsView filters={filters} onFiltersChange={setFilters} agreement={agreement} />;
}
