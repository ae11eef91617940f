import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { ToneTag } from '@/components/tone-tag';
import { PageHeader } from '@/components/page-header';
import type { Schemas } from '@/lib/api/client';
import { useCan } from '@/lib/me';
import { useOrganizations } from '../api/get-organizations';
import type { OrganizationQuery } from '../api/query-keys';
import { OrganizationDrawer } from './organization-drawer';
import { OrganizationFormModal } from './organization-form-modal';
import { organizationKinds } from './organization-kinds';

type Organization = Schemas['Organization'];
type ActiveFilter = 'all' | 'active' | 'inactive';

const PAGE_SIZE = 20;

export function OrganizationsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const manage = can('catalog.manage');
  const [query, setQuery] = useState<OrganizationQuery>({ page: 0, size: PAGE_SIZE });
  const [activeFilter, setActiveFilter] = useState<ActiveFilter>('all');
  const [openId, setOpenId] = useState<number>();
  const [form, setForm] = useState<{ open: boolean; id?: number }>({ open: false });
  const organizations = useOrganizations(query);

  // Any new filter starts again from the first page.
  const narrow = (change: Partial<OrganizationQuery>) => setQuery((current) => ({ ...current, ...change, page: 0 }));

  return (
    <>
      <PageHeader
        title={t('catalog.organizations.title')}
        subtitle={t('catalog.organizations.subtitle')}
        extra={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ open: true })}>
              {t('catalog.organizations.create')}
            </Button>
          )
        }
      />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label={t('catalog.organizations.search')}
          placeholder={t('catalog.organizations.searchPlaceholder')}
          style={{ maxWidth: 360 }}
          onSearch={(q) => narrow({ q: q.trim() || undefined })}
        />
        <Select<string>
          allowClear
          aria-label={t('catalog.organizations.kind')}
          placeholder={t('catalog.organizations.allKinds')}
          style={{ minWidth: 240 }}
          value={query.kind}
          onChange={(kind) => narrow({ kind })}
          options={organizationKinds.map((kind) => ({ value: kind, label: t(`orgKind.${kind}`) }))}
        />
        <Select<ActiveFilter>
          aria-label={t('catalog.organizations.participation')}
          style={{ minWidth: 200 }}
          value={activeFilter}
          onChange={(value) => {
            setActiveFilter(value);
            narrow({ active: value === 'all' ? undefined : value === 'active' });
          }}
          options={[
            { value: 'all', label: t('catalog.organizations.allParticipation') },
            { value: 'active', label: t('catalog.organizations.active') },
            { value: 'inactive', label: t('catalog.organizations.inactive') },
          ]}
        />
      </Flex>
      {organizations.isError && <ErrorAlert error={organizations.error} onRetry={() => organizations.refetch()} />}
      <Table<Organization>
        rowKey="id"
        loading={organizations.isFetching}
        dataSource={organizations.data?.items}
        scroll={{ x: 800 }}
        locale={{ emptyText: <EmptyState compact description={query.q ? t('catalog.organizations.noMatch') : undefined} /> }}
        pagination={{
          current: query.page + 1,
          pageSize: query.size,
          total: organizations.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (page, size) => setQuery((current) => ({ ...current, page: size === current.size ? page - 1 : 0, size })),
        }}
        columns={[
          { title: t('common.code'), dataIndex: 'code', width: 120 },
          {
            title: t('catalog.organizations.name'),
            key: 'name',
            render: (_, organization) => (
              <Button
                type="link"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                onClick={() => setOpenId(organization.id)}
              >
                {organization.name}
              </Button>
            ),
          },
          {
            title: t('catalog.organizations.kind'),
            dataIndex: 'kind',
            width: 220,
            render: (kind?: Organization['kind']) => (kind ? t(`orgKind.${kind}`) : ''),
          },
          {
            title: t('catalog.organizations.officer'),
            key: 'officer',
            width: 220,
            render: (_, organization) => (
              <>
                <div>{organization.officerName}</div>
                {organization.officerPhone && (
                  <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                    {organization.officerPhone}
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            title: t('catalog.organizations.participationShort'),
            dataIndex: 'active',
            width: 150,
            render: (active?: boolean) =>
              active === false ? (
                <ToneTag tone="grey">{t('catalog.organizations.inactive')}</ToneTag>
              ) : (
                <ToneTag tone="green">{t('catalog.organizations.active')}</ToneTag>
              ),
          },
        ]}
      />
      <OrganizationDrawer
        id={openId}
        onClose={() => setOpenId(undefined)}
        onEdit={manage ? (id) => setForm({ open: true, id }) : undefined}
      />
      <OrganizationFormModal open={form.open} id={form.id} onClose={() => setForm({ open: false })} />
    </>
  );
}
