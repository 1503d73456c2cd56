import { registerTranslations } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

registerTranslations('session', { fr, en, ar });

export {
  useMe,
  useMembership,
  useSessionChanged,
  useLogOut,
  type Me,
  type MyMembership,
  type Role,
} from './use-me';
export { RequireSignIn, RequireRole, loginPath } from './require-session';
export { AccessDenied } from './access-denied';
export { LoadError, type LoadErrorProps } from './page/load-error';
export { NotFoundPage, type NotFoundPageProps } from './page/not-found-page';
export { useDocumentTitle } from './page/use-document-title';
export { CONTENT_LANG } from './page/content-language';
export const sessionTranslations = { fr, en, ar };
