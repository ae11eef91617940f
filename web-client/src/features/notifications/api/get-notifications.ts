import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { notificationKeys } from './query-keys';

export interface NotificationQuery {
  unread?: boolean;
  page?: number;
  size?: number;
}

/** The party's inbox, newest first. */
export function useNotifications(query: NotificationQuery, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: notificationKeys.list(query),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/notifications', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}
