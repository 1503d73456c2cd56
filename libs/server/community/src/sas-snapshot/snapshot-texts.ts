import type { Locale } from '@palier/shared';

/**
 * The few texts of the sas snapshot (the HTML the server puts in the page before any script
 * runs). The full page, once the app has loaded, uses the web app's translations.
 */
export const SNAPSHOT_TEXTS = {
  fr: {
    openUntil: 'Ouvert jusqu’à {time}',
    closedReopens: 'Fermé, rouvre {when}',
    closedForToday: 'Fermé aujourd’hui : {label}',
    closedNow: 'Fermé pour le moment',
    today: 'aujourd’hui à {time}',
    tomorrow: 'demain à {time}',
    dayAt: '{day} à {time}',
    whatBringsYou: 'Qu’est-ce qui vous amène aujourd’hui ?',
    join: 'Rejoindre la communauté',
    help: 'Être aidé à l’accueil',
    address: 'Adresse',
    map: 'Voir l’adresse sur une carte',
    contact: 'Contacter le centre',
    call: 'Appeler le {phone}',
    write: 'Écrire à {email}',
    hours: 'Horaires d’ouverture',
    dayClosed: 'fermé',
    period: 'de {opens} à {closes}',
    news: 'Actualités',
  },
  en: {
    openUntil: 'Open until {time}',
    closedReopens: 'Closed, reopens {when}',
    closedForToday: 'Closed today: {label}',
    closedNow: 'Closed for now',
    today: 'today at {time}',
    tomorrow: 'tomorrow at {time}',
    dayAt: '{day} at {time}',
    whatBringsYou: 'What brings you here today?',
    join: 'Join the community',
    help: 'Get help at the desk',
    address: 'Address',
    map: 'See the address on a map',
    contact: 'Contact the centre',
    call: 'Call {phone}',
    write: 'Write to {email}',
    hours: 'Opening hours',
    dayClosed: 'closed',
    period: 'from {opens} to {closes}',
    news: 'News',
  },
  ar: {
    openUntil: 'مفتوح حتى {time}',
    closedReopens: 'مغلق، يُفتح من جديد {when}',
    closedForToday: 'مغلق اليوم: {label}',
    closedNow: 'مغلق حاليًا',
    today: 'اليوم على الساعة {time}',
    tomorrow: 'غدًا على الساعة {time}',
    dayAt: '{day} على الساعة {time}',
    whatBringsYou: 'ما الذي يأتي بك اليوم؟',
    join: 'الانضمام إلى المجتمع',
    help: 'الحصول على المساعدة في الاستقبال',
    address: 'العنوان',
    map: 'رؤية العنوان على الخريطة',
    contact: 'الاتصال بالمركز',
    call: 'الاتصال بالرقم {phone}',
    write: 'الكتابة إلى {email}',
    hours: 'أوقات العمل',
    dayClosed: 'مغلق',
    period: 'من {opens} إلى {closes}',
    news: 'الأخبار',
  },
} satisfies Record<Locale, Record<string, string>>;

export type SnapshotText = keyof (typeof SNAPSHOT_TEXTS)['fr'];

export function say(
  locale: Locale,
  key: SnapshotText,
  values: Record<string, string> = {},
): string {
  return SNAPSHOT_TEXTS[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
