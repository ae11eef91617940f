import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { notificationKeys } from './query-keys';

/** How often the bell asks: reminders arrive once a day, steps a few times a day, so a minute is plenty. */
export const UNREAD_POLL_MS = 60_000;

export function useUnreadCount() {
  const api = useApi();
  return useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: async ({ signal }) =>
      ((await unwrap(api.GET('/api/v1/notifications/unread-count', { signal }))) as { count?: number }).count ?? 0,
    refetchInterval: UNREAD_POLL_MS,
    // A failed count only hides the badge; the header must not fill with retries.
    retry: false,
  });
}
