import { Route } from 'react-router';
import { NotificationSettingsPage } from './notification-settings-page';
import { NotificationsPage } from './notifications-page';
import { UnsubscribePage } from './unsubscribe-page';

/** The routes of the notification centre, placed by the app inside its shell. */
export function notificationRoutes() {
  return (
    <>
      <Route path="notifications" element={<NotificationsPage />} />
      <Route path="compte/notifications" element={<NotificationSettingsPage />} />
      <Route path="desabonnement" element={<UnsubscribePage />} />
    </>
  );
}
