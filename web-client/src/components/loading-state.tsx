import { Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface LoadingStateProps {
  label?: ReactNode;
  /** Fill the whole window: used while the app itself starts. */
  fullscreen?: boolean;
}

export function LoadingState({ label, fullscreen }: LoadingStateProps) {
  const { t } = useTranslation();
  return (
    <Flex
      role="status"
      aria-live="polite"
      vertical
      align="center"
      justify="center"
      gap={12}
      style={{ minHeight: fullscreen ? '100vh' : 160, width: '100%' }}
    >
      <Spin />
      <span>{label ?? t('common.loading')}</span>
    </Flex>
  );
}
