/** Query keys of the inbox; a mark-read invalidates `notificationKeys.all` (the count, the bell's list and the page). */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: (query: object) => ['notifications', 'list', query] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
} as const;
