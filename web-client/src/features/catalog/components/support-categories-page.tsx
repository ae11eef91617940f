import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { ToneTag } from '@/components/tone-tag';
import { LoadingState } from '@/components/loading-state';
import { PageHeader } from '@/components/page-header';
import type { Schemas } from '@/lib/api/client';
import { useCan } from '@/lib/me';
import { useSupportAreas } from '../api/get-support-areas';
import { useSupportCategories } from '../api/get-support-categories';
import { SupportCategoryFormModal, type SupportCategoryEditing } from './support-category-form-modal';

type SupportCategory = Schemas['SupportCategory'];
type SupportArea = Schemas['SupportArea'];

/** Task 1b's order: spiritual, material, production. */
const AREAS: SupportArea[] = ['spiritual', 'material', 'production'];

export function SupportCategoriesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const manage = can('catalog.manage');
  const categories = useSupportCategories();
  const areas = useSupportAreas();
  const [editing, setEditing] = useState<SupportCategoryEditing>({ mode: 'closed' });
  const edited = editing.mode === 'edit' ? categories.data?.find((category) => category.id === editing.id) : undefined;

  // The API's own area names are the official wording of the notice; ours are the fallback.
  const areaName = (area: SupportArea) => areas.data?.find((summary) => summary.code === area)?.name ?? t(`area.${area}`);

  return (
    <>
      <PageHeader title={t('catalog.supportCategories.title')} subtitle={t('catalog.supportCategories.subtitle')} />
      {categories.isError && <ErrorAlert error={categories.error} onRetry={() => categories.refetch()} />}
      {categories.isPending && <LoadingState />}
      {categories.isSuccess && (
        <Flex vertical gap={16}>
          {AREAS.map((area, index) => {
            const rows = categories.data.filter((category) => category.area === area);
            return (
              <Card
                key={area}
                title={
                  <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                    {index + 1}. {areaName(area)}
                  </Typography.Title>
                }
                extra={
                  manage && (
                    <Button icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create', area })}>
                      {t('catalog.supportCategories.create')}
                    </Button>
                  )
                }
              >
                <Table<SupportCategory>
                  rowKey="id"
                  size="small"
                  dataSource={rows}
                  pagination={false}
                  scroll={{ x: 720 }}
                  locale={{ emptyText: <EmptyState compact /> }}
                  columns={[
                    { title: t('common.code'), dataIndex: 'code', width: 200 },
                    {
                      title: t('catalog.supportCategories.name'),
                      key: 'name',
                      render: (_, category) => (
                        <>
                          <div>{category.name}</div>
                          {category.description && (
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {category.description}
                            </Typography.Text>
                          )}
                        </>
                      ),
                    },
                    {
                      title: t('catalog.supportCategories.status'),
                      dataIndex: 'active',
                      width: 140,
                      render: (active?: boolean) =>
                        active === false ? <ToneTag tone="grey">{t('common.inactive')}</ToneTag> : <ToneTag tone="green">{t('common.active')}</ToneTag>,
                    },
                    ...(manage
                      ? [
                          {
                            title: t('common.actions'),
                            key: 'actions',
                            width: 100,
                            render: (_: unknown, category: SupportCategory) => (
                              <Button
                                size="small"
                                icon={<EditOutlined />}
                                aria-label={`${t('common.edit')} ${category.name ?? ''}`}
                                onClick={() => category.id !== undefined && setEditing({ mode: 'edit', id: category.id })}
                              >
                                {t('common.edit')}
                              </Button>
                            ),
                          },
                        ]
                      : []),
                  ]}
                />
              </Card>
            );
          })}
        </Flex>
      )}
      <SupportCategoryFormModal
        editing={editing}
        category={edited}
        onClose={() => setEditing({ mode: 'closed' })}
        onReload={() => categories.refetch()}
      />
    </>
  );
}
