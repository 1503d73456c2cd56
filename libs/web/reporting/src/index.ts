import { registerTranslations } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import './reporting.css';

registerTranslations('reporting', { fr, en, ar });

export const reportingTranslations = { fr, en, ar };
export { reportingRoutes } from './routes';
