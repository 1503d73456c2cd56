import { registerTranslations } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import './booking.css';

registerTranslations('booking', { fr, en, ar });

export const bookingTranslations = { fr, en, ar };
export { bookingRoutes } from './routes';
