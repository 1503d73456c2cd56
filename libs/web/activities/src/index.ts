import { registerTranslations } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import './activities.css';

registerTranslations('activities', { fr, en, ar });

export const activitiesTranslations = { fr, en, ar };
export { activitiesRoutes } from './routes';
