import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import type { Schemas } from '@/lib/api/client';
import { useCan } from '@/lib/me';
import { usePeriods } from '../api/get-periods';
import { PeriodFormModal } from './period-form-modal';

type Period = Schemas['Period'];

/** The editing state: closed, a new period, or the id of the row being edited. */
type Editing = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; id: number };

export function PeriodsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const periods = usePeriods();
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const manage = can('catalog.manage');
  // Taken from the current list, so a reload after 412 hands the form the row's new version.
  const edited = editing.mode === 'edit' ? periods.data?.find((period) => period.id === editing.id) : undefined;

  return (
    <>
      <PageHeader
        title={t('catalog.periods.title')}
        subtitle={t('catalog.periods.subtitle')}
        extra={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
              {t('catalog.periods.create')}
            </Button>
          )
        }
      />
      {periods.isError && <ErrorAlert error={periods.error} onRetry={() => periods.refetch()} />}
      <Table<Period>
        rowKey="id"
        loading={periods.isPending}
        dataSource={periods.data}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: <EmptyState compact /> }}
        columns={[
          { title: t('catalog.periods.code'), dataIndex: 'code', width: 120 },
          { title: t('catalog.periods.name'), dataIndex: 'name', width: 200 },
          {
            title: t('catalog.periods.years'),
            key: 'years',
            width: 140,
            render: (_, period) => `${period.startYear ?? ''}–${period.endYear ?? ''}`,
          },
          { title: t('catalog.periods.legalBasis'), dataIndex: 'legalBasis' },
          ...(manage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 100,
                  render: (_: unknown, period: Period) => (
                    <Button
                      icon={<EditOutlined />}
                      onClick={() => period.id !== undefined && setEditing({ mode: 'edit', id: period.id })}
                      aria-label={`${t('common.edit')} ${period.name ?? ''}`}
                    >
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <PeriodFormModal
        open={editing.mode !== 'closed'}
        period={edited}
        onClose={() => setEditing({ mode: 'closed' })}
        onReload={() => periods.refetch()}
      />
    </>
  );
}
