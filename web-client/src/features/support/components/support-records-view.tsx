import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import type { Schemas } from '@/lib/api/client';
import { useCan } from '@/lib/me';
import { useSupportRecord } from '../api/get-support-record';
import { useSupportRecords } from '../api/get-support-records';
import { changeFilters, toListQuery, toTotalsQuery, type SupportFilters } from '../filters';
import { ConfirmReceiptModal } from './confirm-receipt-modal';
import { SupportFiltersBar } from './support-filters-bar';
import { SupportRecordDrawer } from './support-record-drawer';
import { SupportRecordFormDrawer } from './support-record-form-drawer';
import { SupportRecordsTable } from './support-records-table';
import { SupportTotals } from './support-totals';

type SupportRecord = Schemas['SupportRecord'];

/** The editing state: closed, a new record, or the id of the record being edited. */
type Editing = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; id: number };

interface SupportRecordsViewProps {
  filters: SupportFilters;
  onFiltersChange: (filters: SupportFilters) => void;
  /** Narrows everything to one agreement, and pre-fills it in new records. */
  agreement?: Schemas['Agreement'];
  /** The page's title; the agreement tab has none of its own. */
  heading?: { title: string; subtitle?: string };
}

/** Filters, totals and the paged list of support records, with their drawers and dialogs. */
export function SupportRecordsView({ filters, onFiltersChange, agreement, heading }: SupportRecordsViewProps) {
  const { t } = useTranslation();
  const can = useCan();
  const list = useSupportRecords(toListQuery(filters, agreement?.id));
  const [openId, setOpenId] = useState<number>();
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [confirmingId, setConfirmingId] = useState<number>();

  const rows = list.data?.items ?? [];
  const rowById = (id: number | undefined) => rows.find((row) => row.id === id);
  const opened = useSupportRecord(openId, rowById(openId));
  const edited = useSupportRecord(editing.mode === 'edit' ? editing.id : undefined);
  // Read from the freshest copy on screen, so a retry after 412 sends the new version.
  const confirming = confirmingId === undefined
    ? undefined
    : opened.data?.id === confirmingId
      ? opened.data
      : rowById(confirmingId);

  // Support is recorded only against signed agreements.
  const canCreate = can('support.record') && agreement?.status !== 'proposed';
  const createButton = canCreate && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
      {t('support.create')}
    </Button>
  );
  const change = (next: Partial<SupportFilters>) => onFiltersChange(changeFilters(filters, next));

  return (
    <>
      {heading ? (
        <PageHeader title={heading.title} subtitle={heading.subtitle} extra={createButton} />
      ) : (
        createButton && (
          <Flex justify="flex-end" style={{ marginBottom: 12 }}>
            {createButton}
          </Flex>
        )
      )}
      <SupportFiltersBar filters={filters} onChange={change} withParties={!agreement} />
      <SupportTotals query={toTotalsQuery(filters, agreement?.id)} />
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      <SupportRecordsTable
        page={list.data}
        loading={list.isFetching}
        filters={filters}
        onChange={change}
        withParties={!agreement}
        canConfirm={can('support.confirm')}
        onOpen={(record: SupportRecord) => setOpenId(record.id)}
        onConfirm={(record: SupportRecord) => setConfirmingId(record.id)}
      />
      <SupportRecordDrawer
        recordId={openId}
        listRow={rowById(openId)}
        onClose={() => setOpenId(undefined)}
        onEdit={(record) => {
          setOpenId(undefined);
          if (record.id !== undefined) {
            setEditing({ mode: 'edit', id: record.id });
          }
        }}
        onConfirm={(record) => setConfirmingId(record.id)}
      />
      <SupportRecordFormDrawer
        open={editing.mode !== 'closed'}
        record={editing.mode === 'edit' ? edited.data : undefined}
        agreement={agreement}
        onClose={() => setEditing({ mode: 'closed' })}
        onReload={() => edited.refetch()}
      />
      {can('support.confirm') && (
        <ConfirmReceiptModal
          record={confirming}
          onClose={() => setConfirmingId(undefined)}
          onReload={() => Promise.all([list.refetch(), openId !== undefined ? opened.refetch() : undefined])}
        />
      )}
    </>
  );
}
