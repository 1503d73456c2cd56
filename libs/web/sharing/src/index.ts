import { registerTranslations } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import './sharing.css';

registerTranslations('sharing', { fr, en, ar });

export const sharingTranslations = { fr, en, ar };
export { sharingRoutes } from './routes';
