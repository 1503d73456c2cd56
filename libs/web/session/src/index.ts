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
export const sessionTranslations = { fr, en, ar };
