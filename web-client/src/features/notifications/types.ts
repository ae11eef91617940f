/** The notification inbox as the API sends it (../openapi.yaml, issue 4). */
export interface Notification {
  id?: number;
  kind?: string;
  title?: string;
  body?: string;
  link?: string | null;
  createdAt?: string;
  readAt?: string | null;
  readBy?: string | null;
}

export interface NotificationPage {
  items?: Notification[];
  page?: number;
  size?: number;
  total?: number;
}
