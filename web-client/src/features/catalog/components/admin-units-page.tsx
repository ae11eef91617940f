import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Space, Switch, Table, Typography } from 'antd';
import { useEffect, useMemo, useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { ToneTag } from '@/components/tone-tag';
import { formatDate } from '@/lib/format';
import { useCan } from '@/lib/me';
import { useAdminUnitTree } from '../api/get-admin-unit-tree';
import { usePeriods } from '../api/get-periods';
import { AdminUnitFormDrawer, type AdminUnitEditing } from './admin-unit-form-drawer';
import { countUnits, displayName, filterTree, parentKeys, type AdminUnitRow } from './admin-unit-tree';
import { FlagTags } from './flag-tags';
import { defaultPeriod, PeriodSelect } from './period-select';

export function AdminUnitsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const manage = can('catalog.manage');
  const periods = usePeriods();
  // In the address, so a link to the tree shows the same period to whoever opens it.
  const [searchParams, setSearchParams] = useSearchParams();
  const periodParam = Number(searchParams.get('periodId'));
  const periodId = periodParam > 0 ? periodParam : periods.data ? defaultPeriod(periods.data)?.id : undefined;
  const setPeriodId = (id: number) => setSearchParams({ periodId: String(id) }, { replace: true });
  const [includeAbolished, setIncludeAbolished] = useState(false);
  const [query, setQuery] = useState('');
  const [especiallyDifficultOnly, setEspeciallyDifficultOnly] = useState(false);
  // Undefined until the user opens or closes a row: then the default below applies.
  const [expanded, setExpanded] = useState<readonly Key[]>();
  const [editing, setEditing] = useState<AdminUnitEditing>({ mode: 'closed' });

  const tree = useAdminUnitTree({ periodId, includeAbolished }, periods.isSuccess);
  const rows = useMemo(
    () => filterTree(tree.data ?? [], { query, especiallyDifficultOnly }),
    [tree.data, query, especiallyDifficultOnly],
  );
  const counts = useMemo(() => countUnits(tree.data ?? []), [tree.data]);
  const narrowed = query.trim() !== '' || especiallyDifficultOnly;

  // A new search or filter opens every branch that still has rows; otherwise provinces are open.
  useEffect(() => setExpanded(undefined), [query, especiallyDifficultOnly]);
  const expandedKeys = expanded ?? (narrowed ? parentKeys(rows) : rows.map((row) => row.key));

  const period = periods.data?.find((candidate) => candidate.id === periodId);

  return (
    <>
      <PageHeader
        title={t('catalog.adminUnits.title')}
        subtitle={t('catalog.adminUnits.subtitle')}
        extra={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
              {t('catalog.adminUnits.create')}
            </Button>
          )
        }
      />
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        <Space>
          <label htmlFor="admin-units-period">{t('catalog.adminUnits.period')}</label>
          <PeriodSelect
            id="admin-units-period"
            periods={periods.data}
            loading={periods.isPending}
            value={periodId}
            onChange={setPeriodId}
          />
        </Space>
        <Input.Search
          allowClear
          aria-label={t('catalog.adminUnits.search')}
          placeholder={t('catalog.adminUnits.searchPlaceholder')}
          style={{ maxWidth: 320 }}
          onSearch={setQuery}
          onChange={(event) => event.target.value === '' && setQuery('')}
        />
        <Checkbox checked={especiallyDifficultOnly} onChange={(event) => setEspeciallyDifficultOnly(event.target.checked)}>
          {t('catalog.adminUnits.especiallyDifficultOnly')}
        </Checkbox>
        <Space>
          <Switch id="admin-units-abolished" checked={includeAbolished} onChange={setIncludeAbolished} size="small" />
          <label htmlFor="admin-units-abolished">{t('catalog.adminUnits.includeAbolished')}</label>
        </Space>
      </Flex>
      {tree.isSuccess && period && (
        <Typography.Paragraph type="secondary">
          {t('catalog.adminUnits.summary', { period: period.name ?? period.code, ...counts })}
        </Typography.Paragraph>
      )}
      {periods.isError && <ErrorAlert error={periods.error} onRetry={() => periods.refetch()} />}
      {tree.isError && <ErrorAlert error={tree.error} onRetry={() => tree.refetch()} />}
      <Table<AdminUnitRow>
        rowKey="key"
        size="middle"
        loading={periods.isPending || (tree.isFetching && !tree.data)}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 860 }}
        expandable={{ expandedRowKeys: expandedKeys, onExpandedRowsChange: setExpanded }}
        locale={{ emptyText: <EmptyState compact description={narrowed ? t('catalog.adminUnits.noMatch') : undefined} /> }}
        columns={[
          {
            title: t('common.name'),
            key: 'name',
            render: (_, unit) => (
              <Space size={4} wrap>
                <span style={{ fontWeight: unit.level === 'commune' ? 400 : 600 }}>{displayName(unit)}</span>
                {unit.abolishedOn && <ToneTag tone="grey">{t('catalog.adminUnits.abolishedOn', { date: formatDate(unit.abolishedOn) })}</ToneTag>}
              </Space>
            ),
          },
          { title: t('common.code'), dataIndex: 'code', width: 100 },
          {
            title: t('catalog.adminUnits.level'),
            dataIndex: 'level',
            width: 90,
            render: (level?: AdminUnitRow['level']) => (level ? t(`level.${level}`) : ''),
          },
          {
            title: t('catalog.adminUnits.terrain'),
            dataIndex: 'terrain',
            width: 110,
            render: (terrain?: AdminUnitRow['terrain']) => (terrain ? t(`terrain.${terrain}`) : ''),
          },
          {
            title: t('catalog.adminUnits.flags'),
            key: 'flags',
            width: 220,
            render: (_, unit) => <FlagTags flags={unit.flags} />,
          },
          ...(manage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 190,
                  render: (_: unknown, unit: AdminUnitRow) => (
                    <Space size={4}>
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        aria-label={`${t('common.edit')} ${displayName(unit)}`}
                        onClick={() => setEditing({ mode: 'edit', id: unit.key })}
                      >
                        {t('common.edit')}
                      </Button>
                      {unit.level !== 'commune' && (
                        <Button
                          size="small"
                          icon={<PlusOutlined />}
                          aria-label={`${t('catalog.adminUnits.addChild')}: ${displayName(unit)}`}
                          onClick={() =>
                            setEditing({
                              mode: 'create',
                              parentId: unit.key,
                              level: unit.level === 'province' ? 'district' : 'commune',
                            })
                          }
                        >
                          {t('catalog.adminUnits.addChild')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <AdminUnitFormDrawer
        editing={editing}
        tree={tree.data ?? []}
        periods={periods.data ?? []}
        onClose={() => setEditing({ mode: 'closed' })}
      />
    </>
  );
}
