import './notifications.css';
import { registerTranslations } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

registerTranslations('notifications', { fr, en, ar });

export const notificationsTranslations = { fr, en, ar };
export { notificationRoutes } from './routes';
export { NotificationBell } from './notification-bell';
export { RealtimeNotice } from './realtime-notice';
