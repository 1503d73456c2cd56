import { appointmentDateInWords, type Locale } from '@palier/shared';

export interface ConfirmationFacts {
  displayName: string;
  serviceName: string;
  startsAt: Date;
  timeZone: string;
  address: string;
  communityName: string;
  whatToBring: string;
  note: string;
  code: string;
  pending: boolean;
  manageUrl: string;
  calendarUrl: string;
}

const TEXTS: Record<
  Locale,
  {
    subject: (f: ConfirmationFacts, when: string) => string;
    lines: (f: ConfirmationFacts, when: string) => string[];
  }
> = {
  fr: {
    subject: (f, when) =>
      `${f.pending ? 'Rendez-vous demandé' : 'Rendez-vous confirmé'} : ${f.serviceName}, ${when}`,
    lines: (f, when) => [
      `Bonjour ${f.displayName},`,
      '',
      f.pending
        ? `Votre demande de rendez-vous « ${f.serviceName} » est enregistrée. L’équipe va la confirmer.`
        : `Votre rendez-vous « ${f.serviceName} » est confirmé.`,
      '',
      `Quand : ${when}`,
      `Où : ${f.communityName}, ${f.address}`,
      ...(f.whatToBring ? [`À apporter : ${f.whatToBring}`] : []),
      ...(f.note ? [`Votre message : ${f.note}`] : []),
      `Code à montrer à l’accueil : ${f.code}`,
      '',
      `Ajouter à votre agenda (fichier .ics) : ${f.calendarUrl}`,
      `Annuler ou changer l’heure : ${f.manageUrl}`,
      '',
      '— Palier, la communauté en ligne de votre centre social',
    ],
  },
  en: {
    subject: (f, when) =>
      `${f.pending ? 'Appointment requested' : 'Appointment confirmed'}: ${f.serviceName}, ${when}`,
    lines: (f, when) => [
      `Hello ${f.displayName},`,
      '',
      f.pending
        ? `Your request for the appointment “${f.serviceName}” is recorded. The team will confirm it.`
        : `Your appointment “${f.serviceName}” is confirmed.`,
      '',
      `When: ${when}`,
      `Where: ${f.communityName}, ${f.address}`,
      ...(f.whatToBring ? [`Please bring: ${f.whatToBring}`] : []),
      ...(f.note ? [`Your message: ${f.note}`] : []),
      `Code to show at the desk: ${f.code}`,
      '',
      `Add to your calendar (.ics file): ${f.calendarUrl}`,
      `Cancel or change the time: ${f.manageUrl}`,
      '',
      '— Palier, the online community of your social centre',
    ],
  },
  ar: {
    subject: (f, when) => `${f.pending ? 'طلب موعد' : 'تأكيد موعد'}: ${f.serviceName}، ${when}`,
    lines: (f, when) => [
      `مرحبًا ${f.displayName}،`,
      '',
      f.pending
        ? `تم تسجيل طلب موعدك «${f.serviceName}». سيؤكده الفريق.`
        : `تم تأكيد موعدك «${f.serviceName}».`,
      '',
      `متى: ${when}`,
      `أين: ${f.communityName}، ${f.address}`,
      ...(f.whatToBring ? [`يرجى إحضار: ${f.whatToBring}`] : []),
      ...(f.note ? [`رسالتك: ${f.note}`] : []),
      `الرمز الذي تعرضه في الاستقبال: ${f.code}`,
      '',
      `أضف إلى تقويمك (ملف ics): ${f.calendarUrl}`,
      `إلغاء الموعد أو تغيير الوقت: ${f.manageUrl}`,
      '',
      '— Palier، المجتمع الرقمي لمركزك الاجتماعي',
    ],
  },
};

/** The confirmation email of a booking: the date in words, the address, what to bring, links. */
export function confirmationEmail(
  locale: Locale,
  facts: ConfirmationFacts,
): { subject: string; text: string } {
  const when = appointmentDateInWords(facts.startsAt, locale, facts.timeZone);
  const texts = TEXTS[locale];
  return { subject: texts.subject(facts, when), text: texts.lines(facts, when).join('\n') };
}
