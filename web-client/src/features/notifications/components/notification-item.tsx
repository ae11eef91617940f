import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ToneTag } from '@/components/tone-tag';
import { formatDateTime } from '@/lib/format';
import type { Notification } from '../types';

interface NotificationItemProps {
  notification: Notification;
  /** The bell shows two lines of the body; the inbox shows it whole. */
  compact?: boolean;
}

/** A notification: unread ones in bold with an "unread" tag, so it is not told by colour alone. */
export function NotificationItem({ notification, compact }: NotificationItemProps) {
  const { t } = useTranslation();
  const unread = !notification.readAt;
  return (
    <Flex vertical gap={2} style={{ minWidth: 0, textAlign: 'start' }}>
      <Flex gap={8} align="baseline" justify="space-between">
        <Typography.Text strong={unread} style={{ minWidth: 0 }}>
          {notification.title}
        </Typography.Text>
        {unread && <ToneTag tone="blue">{t('notifications.unread')}</ToneTag>}
      </Flex>
      {notification.body && (
        <Typography.Paragraph
          style={{ margin: 0, whiteSpace: compact ? undefined : 'pre-line' }}
          ellipsis={compact ? { rows: 2 } : false}
          type="secondary"
        >
          {notification.body}
        </Typography.Paragraph>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(notification.createdAt)}
      </Typography.Text>
    </Flex>
  );
}
