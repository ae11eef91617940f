import { useState } from 'react';
import type { Schemas } from '@/lib/api/client';
import { EMPTY_VISIT_FILTERS, type VisitFilters } from '../filters';
import { VisitsView } from './visits-view';

/**
 * The monitoring visits of one agreement, for its detail page. Paging and the open visit stay in
 * the tab rather than the address, which belongs to the page and its other tabs.
 */
export function AgreementVisitsTab({ agreement }: { agreement: Schemas['Agreement'] }) {
  const [filters, setFilters] = useState<VisitFilters>(EMPTY_VISIT_FILTERS);
  const [openVisitId, setOpenVisitId] = useState<number>();
  return (
    <VisitsView
      filters={filters}
      onFiltersChange={setFilters}
      agreement={agreement}
      openVisitId={openVisitId}
      onOpenVisit={setOpenVisitId}
    />
  );
}
