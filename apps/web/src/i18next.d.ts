import 'i18next';
import type { bookingTranslations } from '@palier/web-booking';
import type { resources } from '@palier/web-i18n';
import type { identityTranslations } from '@palier/web-identity';
import type { notificationsTranslations } from '@palier/web-notifications';
import type { sessionTranslations } from '@palier/web-session';
import type { staffTranslations } from '@palier/web-staff';

/** Type-checked translation keys: the common texts and each feature library's namespace. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: (typeof resources)['fr']['translation'];
      session: typeof sessionTranslations.fr;
      identity: typeof identityTranslations.fr;
      staff: typeof staffTranslations.fr;
      notifications: typeof notificationsTranslations.fr;
      booking: typeof bookingTranslations.fr;
    };
  }
}
