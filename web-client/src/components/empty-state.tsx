import { Empty } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface EmptyStateProps {
  description?: ReactNode;
  /** A way forward, e.g. a create button. */
  action?: ReactNode;
  compact?: boolean;
}

export function EmptyState({ description, action, compact }: EmptyStateProps) {
  const { t } = useTranslation();
  return (
    <Empty
      image={compact ? Empty.PRESENTED_IMAGE_SIMPLE : Empty.PRESENTED_IMAGE_DEFAULT}
      description={description ?? t('common.empty')}
    >
      {action}
    </Empty>
  );
}
