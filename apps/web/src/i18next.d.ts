import 'i18next';
import type { activitiesTranslations } from '@palier/web-activities';
import type { bookingTranslations } from '@palier/web-booking';
import type { resources } from '@palier/web-i18n';
import type { feedTranslations } from '@palier/web-feed';
import type { identityTranslations } from '@palier/web-identity';
import type { ideasTranslations } from '@palier/web-ideas';
import type { moderationTranslations } from '@palier/web-moderation';
import type { notificationsTranslations } from '@palier/web-notifications';
import type { pollsTranslations } from '@palier/web-polls';
import type { privacyTranslations } from '@palier/web-privacy';
import type { reportingTranslations } from '@palier/web-reporting';
import type { sessionTranslations } from '@palier/web-session';
import type { sharingTranslations } from '@palier/web-sharing';
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
      privacy: typeof privacyTranslations.fr;
      feed: typeof feedTranslations.fr;
      moderation: typeof moderationTranslations.fr;
      booking: typeof bookingTranslations.fr;
      sharing: typeof sharingTranslations.fr;
      ideas: typeof ideasTranslations.fr;
      activities: typeof activitiesTranslations.fr;
      polls: typeof pollsTranslations.fr;
      reporting: typeof reportingTranslations.fr;
    };
  }
}
