import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import type { Schemas } from '@/lib/api/client';
import { useCan } from '@/lib/me';
import { useVisits } from '../api/get-visits';
import { changeVisitFilters, toVisitQuery, type VisitFilters } from '../filters';
import { VisitDrawer } from './visit-drawer';
import { VisitFormDrawer } from './visit-form-drawer';
import { VisitsFiltersBar } from './visits-filters-bar';
import { VisitsTable } from './visits-table';

interface VisitsViewProps {
  filters: VisitFilters;
  onFiltersChange: (filters: VisitFilters) => void;
  /** Narrows the list to one agreement, and pre-fills it in new visits. */
  agreement?: Schemas['Agreement'];
  /** The visit whose drawer is open, and how to open or close one (the page keeps it in the address). */
  openVisitId: number | undefined;
  onOpenVisit: (id: number | undefined) => void;
  /** Lays out the page's header around the create button; the tab puts the button on its own. */
  header?: (createButton: ReactNode) => ReactNode;
}

/** Filters and the paged list of visits, with the visit drawer and the form to record one. */
export function VisitsView({ filters, onFiltersChange, agreement, openVisitId, onOpenVisit, header }: VisitsViewProps) {
  const { t } = useTranslation();
  const can = useCan();
  const list = useVisits(toVisitQuery(filters, agreement?.id));
  const [creating, setCreating] = useState(false);
  const change = (next: Partial<VisitFilters>) => onFiltersChange(changeVisitFilters(filters, next));

  // Visits follow up signed agreements only.
  const canCreate = can('visits.manage') && agreement?.status !== 'proposed';
  const createButton = canCreate ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t('visits.create')}
    </Button>
  ) : null;

  return (
    <>
      {header
        ? header(createButton)
        : createButton && (
            <Flex justify="flex-end" style={{ marginBottom: 12 }}>
              {createButton}
            </Flex>
          )}
      {!agreement && <VisitsFiltersBar filters={filters} onChange={change} />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      <VisitsTable
        page={list.data}
        loading={list.isFetching}
        filters={filters}
        onChange={change}
        withParties={!agreement}
        onOpen={(visit) => onOpenVisit(visit.id)}
      />
      <VisitDrawer visitId={openVisitId} onClose={() => onOpenVisit(undefined)} />
      <VisitFormDrawer
        open={creating}
        agreement={agreement}
        onClose={() => setCreating(false)}
        onReload={() => list.refetch()}
        onSaved={(visit) => onOpenVisit(visit.id)}
      />
    </>
  );
}
