/** What other parts of the app may use from the notifications feature: the header's bell. */
export { NotificationBell } from './components/notification-bell';
