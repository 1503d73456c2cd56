import { registerTranslations } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import './staff.css';

registerTranslations('staff', { fr, en, ar });

export const staffTranslations = { fr, en, ar };
export { staffRoutes } from './routes';
