import { useNavigate } from 'react-router';
import { useCan } from '@/lib/me';
import { useMarkRead } from '../api/mark-read';
import type { Notification } from '../types';
import { internalPath } from '../utils/follow-link';

/** Opening a notification marks it read (when the user may) and follows its link. */
export function useOpenNotification() {
  const navigate = useNavigate();
  const can = useCan();
  const markRead = useMarkRead();
  return (notification: Notification) => {
    if (!notification.readAt && notification.id !== undefined && can('notifications.manage')) {
      markRead.mutate(notification.id);
    }
    const path = internalPath(notification.link, window.location.origin);
    if (path) {
      navigate(path);
    }
  };
}
