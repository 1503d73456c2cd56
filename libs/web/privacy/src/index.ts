import './privacy.css';
import { registerTranslations } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

registerTranslations('privacy', { fr, en, ar });

export const privacyTranslations = { fr, en, ar };
export { privacyRoutes } from './routes';
