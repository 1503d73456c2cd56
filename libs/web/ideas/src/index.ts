import './ideas.css';
import { registerTranslations } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

registerTranslations('ideas', { fr, en, ar });

export const ideasTranslations = { fr, en, ar };
export { ideasRoutes } from './routes';
