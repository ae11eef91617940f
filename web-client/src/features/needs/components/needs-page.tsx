import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { useCan } from '@/lib/me';
import { useNeeds } from '../api/get-needs';
import { changeNeedFilters, needFiltersToParams, parseNeedFilters, toNeedQuery, type NeedFilters } from '../filters';
import { NeedFormDrawer } from './need-form-drawer';
import { NeedsFiltersBar } from './needs-filters-bar';
import { NeedsTable } from './needs-table';

/**
 * `/needs`: every commune's needs, for partners to plan to them (task 2). The filters live in the
 * address, so a commune's profile can link to `/needs?communeId=…`.
 */
export function NeedsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = parseNeedFilters(params);
  const list = useNeeds(toNeedQuery(filters));
  const [creating, setCreating] = useState(false);
  const change = (next: Partial<NeedFilters>) => setParams(needFiltersToParams(changeNeedFilters(filters, next)));
  const knownCommune = list.data?.items?.find((need) => need.commune?.id === filters.communeId)?.commune;

  return (
    <>
      <PageHeader
        title={t('needs.title')}
        subtitle={t('needs.subtitle')}
        extra={
          can('needs.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('needs.create')}
            </Button>
          )
        }
      />
      <NeedsFiltersBar filters={filters} onChange={change} knownCommune={knownCommune} />
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      <NeedsTable page={list.data} loading={list.isFetching} filters={filters} onChange={change} />
      <NeedFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(id) => id !== undefined && navigate(`/needs/${id}`)}
      />
    </>
  );
}
