import { registerTranslations } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

registerTranslations('identity', { fr, en, ar });

export const identityTranslations = { fr, en, ar };
export { identityRoutes } from './routes';
export { AccountMenu } from './account/account-menu';

/** The pieces of the resident pages that other resident features (e.g. privacy) build on. */
export { BackButton, BackLink } from './common/back-button';
export { CentreText } from './common/centre-text';
export { FailureAlert } from './common/failure-alert';
export { focusPageStart, useFocusOnNewScreen } from './common/focus';
export { FormErrors } from './common/form-errors';
export { PageSkeleton } from './common/page-skeleton';
export { PasswordInput } from './common/password-input';
export { useForm, type FormState } from './common/use-form';
export { check, required } from './common/validation';
export { WrittenInFrench } from './common/written-in-french';
