import { registerTranslations } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

registerTranslations('identity', { fr, en, ar });

export const identityTranslations = { fr, en, ar };
export { identityRoutes } from './routes';
export { AccountMenu } from './account/account-menu';
