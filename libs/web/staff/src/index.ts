import { registerTranslations } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import './staff.css';

registerTranslations('staff', { fr, en, ar });

export const staffTranslations = { fr, en, ar };
export { staffRoutes } from './routes';

/** The frame and form pieces of the team's pages, for team pages of other features (privacy). */
export { StaffArea, StaffFrame } from './shared/staff-frame';
export {
  FormErrorSummary,
  useFieldErrorText,
  useFormErrors,
  type FormError,
} from './shared/form-errors';
export { FormFailure } from './shared/form-failure';
