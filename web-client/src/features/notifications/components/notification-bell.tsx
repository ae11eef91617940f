import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import { paths } from '@/lib/paths';
import { useNotifications } from '../api/get-notifications';
import { useUnreadCount } from '../api/get-unread-count';
import { NotificationItem } from './notification-item';
import { useOpenNotification } from './use-open-notification';

const LATEST = 5;

/** The header's bell: the unread count (asked every minute) and the latest five notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const latest = useNotifications({ size: LATEST }, open);
  const openNotification = useOpenNotification();
  const count = unread.data ?? 0;
  const items = latest.data?.items ?? [];

  const panel = (
    <div style={{ width: 'min(360px, 80vw)' }}>
      {latest.isPending ? (
        <LoadingState />
      ) : latest.isError ? (
        <ErrorAlert error={latest.error} onRetry={() => latest.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState compact description={t('notifications.empty')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((notification, index) => (
            <li key={notification.id} style={{ borderTop: index === 0 ? undefined : '1px solid #eef0f2' }}>
              <Button
                type="text"
                block
                style={{ height: 'auto', padding: '8px 4px', whiteSpace: 'normal', display: 'block' }}
                onClick={() => {
                  setOpen(false);
                  openNotification(notification);
                }}
              >
                <NotificationItem notification={notification} compact />
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Flex justify="flex-end" style={{ borderTop: '1px solid #eef0f2', paddingTop: 8, marginTop: 4 }}>
        <Link to={paths.notifications} onClick={() => setOpen(false)}>
          {t('common.viewAll')}
        </Link>
      </Flex>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={<Typography.Text strong>{t('notifications.title')}</Typography.Text>}
      content={panel}
    >
      <Button
        type="text"
        aria-label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell')}
        aria-haspopup="dialog"
        aria-expanded={open}
        icon={
          <Badge count={count} overflowCount={99} size="small" color="#b3261e">
            <BellOutlined style={{ fontSize: 18 }} aria-hidden />
          </Badge>
        }
      />
    </Popover>
  );
}
