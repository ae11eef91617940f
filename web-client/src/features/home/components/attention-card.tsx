import { Badge, Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';

interface AttentionCardProps<T> {
  title: string;
  /** Everything waiting, when larger than what is listed. */
  total?: number;
  items: T[] | undefined;
  isPending: boolean;
  error: unknown;
  onRetry?: () => unknown;
  emptyText: string;
  renderItem: (item: T) => ReactNode;
  itemKey: (item: T) => string | number;
  viewAll?: string;
}

/** One "needs attention" list of the home page, with its loading, empty and error states. */
export function AttentionCard<T>({
  title,
  total,
  items,
  isPending,
  error,
  onRetry,
  emptyText,
  renderItem,
  itemKey,
  viewAll,
}: AttentionCardProps<T>) {
  const { t } = useTranslation();
  const count = total ?? items?.length ?? 0;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {title}{' '}
          {!isPending && !error && count > 0 && (
            <Badge count={count} overflowCount={999} color="#8a5a00" style={{ marginInlineStart: 4 }} />
          )}
        </Typography.Title>
      }
      extra={viewAll && count > 0 ? <Link to={viewAll}>{t('common.viewAll')}</Link> : undefined}
    >
      {isPending ? (
        <LoadingState />
      ) : error ? (
        <ErrorAlert error={error} onRetry={onRetry} />
      ) : !items || items.length === 0 ? (
        <EmptyState compact description={emptyText} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((item, index) => (
            <li
              key={itemKey(item)}
              style={{ padding: '10px 0', borderTop: index === 0 ? undefined : '1px solid #eef0f2' }}
            >
              {renderItem(item)}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
