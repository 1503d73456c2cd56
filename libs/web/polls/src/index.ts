import { registerTranslations } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import './polls.css';

registerTranslations('polls', { fr, en, ar });

export const pollsTranslations = { fr, en, ar };
export { pollsRoutes } from './routes';
