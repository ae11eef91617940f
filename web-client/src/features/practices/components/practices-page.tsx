import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Pagination, Row, Select, Spin, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { useCan } from '@/lib/me';
import { usePracticeTags, usePractices } from '../api/get-practices';
import { AREAS, PAGE_SIZE, practiceQueryFromParams, practiceQueryToParams, toggleTag, type PracticeQuery } from '../filters';
import { PracticeCard } from './practice-card';
import { PracticeFormDrawer } from './practice-form-drawer';

const TAG_CHIPS = 20;
const FIRST_YEAR = 2012;

/** "Mô hình, cách làm hay": a searchable grid of good practices, filters in the address. */
export function PracticesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => practiceQueryFromParams(params), [params]);
  const practices = usePractices(query);
  const tags = usePracticeTags();
  const canWrite = useCan()('practices.write');
  const [creating, setCreating] = useState(false);

  const apply = (next: PracticeQuery) => setParams(practiceQueryToParams(next));
  // A tag clicked on a card narrows the grid to it (a chip above toggles).
  const addTag = (tag: string) => apply(toggleTag({ ...query, tag: query.tag?.filter((other) => other !== tag) }, tag));
  const selectedTags = query.tag ?? [];
  const chips = [...new Set([...selectedTags, ...(tags.data ?? []).slice(0, TAG_CHIPS).map((tag) => tag.tag ?? '')])].filter(Boolean);
  const counts = new Map((tags.data ?? []).map((tag) => [tag.tag, tag.count]));
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, index) => thisYear - index);
  const filtered = params.toString() !== '';

  return (
    <>
      <PageHeader
        title={t('practices.title')}
        subtitle={t('practices.subtitle')}
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('practices.create')}
            </Button>
          )
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <SearchInput
          value={query.q}
          onSearch={(q) => apply({ ...query, q, page: 0 })}
          placeholder={t('practices.search')}
          style={{ width: 420, maxWidth: '100%' }}
        />
        <Select
          aria-label={t('practices.year')}
          allowClear
          placeholder={t('practices.anyYear')}
          style={{ width: 140 }}
          value={query.year}
          onChange={(year?: number) => apply({ ...query, year, page: 0 })}
          options={years.map((year) => ({ value: year, label: String(year) }))}
        />
        <Select
          aria-label={t('practices.area')}
          allowClear
          placeholder={t('practices.anyArea')}
          style={{ width: 260 }}
          value={query.area}
          onChange={(area?: PracticeQuery['area']) => apply({ ...query, area, page: 0 })}
          options={AREAS.map((area) => ({ value: area, label: t(`area.${area}`) }))}
        />
        {canWrite && (
          <Select
            aria-label={t('practices.status')}
            allowClear
            placeholder={t('practices.anyStatus')}
            style={{ width: 160 }}
            value={query.status}
            onChange={(status?: PracticeQuery['status']) => apply({ ...query, status, page: 0 })}
            options={(['published', 'draft'] as const).map((status) => ({ value: status, label: t(`practices.statuses.${status}`) }))}
          />
        )}
        {filtered && <Button onClick={() => setParams(new URLSearchParams())}>{t('practices.clearFilters')}</Button>}
      </Flex>
      {query.communeId && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('practices.communeFilter', { id: query.communeId })} />}
      {chips.length > 0 && (
        <Flex wrap gap={6} align="center" style={{ marginBottom: 16 }} role="group" aria-label={t('practices.popularTags')}>
          <Typography.Text type="secondary">{t('practices.popularTags')}:</Typography.Text>
          {chips.map((tag) => (
            <Tag.CheckableTag
              key={tag}
              checked={selectedTags.includes(tag)}
              onChange={() => apply(toggleTag(query, tag))}
            >
              #{tag}
              {counts.has(tag) ? ` (${counts.get(tag)})` : ''}
            </Tag.CheckableTag>
          ))}
        </Flex>
      )}
      {practices.error && <ErrorAlert error={practices.error} onRetry={() => practices.refetch()} />}
      <Spin spinning={practices.isFetching && !practices.isPending}>
        {practices.isPending ? (
          <Spin style={{ display: 'block', margin: '48px auto' }} />
        ) : (practices.data?.items ?? []).length === 0 ? (
          <EmptyState description={t('practices.empty')} />
        ) : (
          <Row gutter={[16, 16]}>
            {(practices.data?.items ?? []).map((practice) => (
              <Col key={practice.id} xs={24} sm={12} lg={8} xxl={6}>
                <PracticeCard practice={practice} onTag={addTag} />
              </Col>
            ))}
          </Row>
        )}
      </Spin>
      {(practices.data?.total ?? 0) > PAGE_SIZE && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Pagination
            current={(query.page ?? 0) + 1}
            pageSize={PAGE_SIZE}
            total={practices.data?.total ?? 0}
            showSizeChanger={false}
            onChange={(page) => apply({ ...query, page: page - 1 })}
          />
        </Flex>
      )}
      {creating && <PracticeFormDrawer open onClose={() => setCreating(false)} />}
    </>
  );
}
