import './feed.css';
import { registerTranslations } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

registerTranslations('feed', { fr, en, ar });

export const feedTranslations = { fr, en, ar };
export { feedRoutes } from './routes';
export { PublicPosts } from './public-posts';
