import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Flex, List, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { useProblemNotifier } from '@/lib/form-problems';
import { useCan } from '@/lib/me';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllRead } from '../api/mark-all-read';
import { useMarkRead } from '../api/mark-read';
import type { Notification } from '../types';
import { NotificationItem } from './notification-item';
import { useOpenNotification } from './use-open-notification';

/** `/notifications`: the party's inbox, unread in bold; the provincial leadership only reads it. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const manage = can('notifications.manage');
  const notifyProblem = useProblemNotifier();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [page, setPage] = useState({ current: 1, size: 20 });
  const list = useNotifications({ unread: onlyUnread || undefined, page: page.current - 1, size: page.size });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const openNotification = useOpenNotification();

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        subtitle={t('notifications.subtitle')}
        extra={
          manage && (
            <Button
              icon={<CheckOutlined />}
              loading={markAll.isPending}
              onClick={() =>
                markAll.mutate(undefined, {
                  onSuccess: () => void message.success(t('notifications.allRead')),
                  onError: (error) => notifyProblem(error),
                })
              }
            >
              {t('notifications.markAllRead')}
            </Button>
          )
        }
      />
      <Flex style={{ marginBottom: 16 }}>
        <Segmented<'all' | 'unread'>
          aria-label={t('notifications.show')}
          value={onlyUnread ? 'unread' : 'all'}
          onChange={(value) => {
            setOnlyUnread(value === 'unread');
            setPage((current) => ({ ...current, current: 1 }));
          }}
          options={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.onlyUnread') },
          ]}
        />
      </Flex>
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      <List<Notification>
        bordered
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <EmptyState compact description={t('notifications.empty')} /> }}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: (current, size) => setPage({ current, size }),
        }}
        renderItem={(notification) => (
          <List.Item
            style={{ background: notification.readAt ? undefined : '#f4f8fb', alignItems: 'flex-start' }}
            actions={[
              ...(notification.link
                ? [
                    <Button key="open" size="small" type="link" onClick={() => openNotification(notification)}>
                      {t('notifications.open')}
                    </Button>,
                  ]
                : []),
              ...(manage && !notification.readAt
                ? [
                    <Button
                      key="read"
                      size="small"
                      loading={markRead.isPending && markRead.variables === notification.id}
                      aria-label={t('notifications.markReadOf', { title: notification.title ?? '' })}
                      onClick={() =>
                        markRead.mutate(notification.id ?? 0, { onError: (error) => notifyProblem(error) })
                      }
                    >
                      {t('notifications.markRead')}
                    </Button>,
                  ]
                : []),
            ]}
          >
            <NotificationItem notification={notification} />
          </List.Item>
        )}
      />
    </>
  );
}
