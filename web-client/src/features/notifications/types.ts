import type { Schemas } from '@/lib/api/client';

/** The notification inbox as the API sends it (../openapi.yaml). */
export type Notification = Schemas['Notification'];
export type NotificationPage = Schemas['PageNotificationView'];
