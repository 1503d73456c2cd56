import { appointmentDateInWords, type Locale, type NotificationKind } from '@palier/shared';

type Data = Record<string, string>;
type Texts = Record<NotificationKind, (d: Data) => string>;

/** An appointment's date in words, in the reader's language and the community's zone. */
const when = (d: Data, locale: Locale) =>
  appointmentDateInWords(d['startsAt'], locale, d['timeZone'] || 'Europe/Paris');
/** An offer's deadline in words. */
const until = (d: Data, locale: Locale) =>
  appointmentDateInWords(d['expires'], locale, d['timeZone'] || 'Europe/Paris');

/** The name of an idea's status, in the reader's language. */
const IDEA_STATUS: Record<Locale, Record<string, string>> = {
  fr: {
    submitted: 'proposée',
    under_study: 'à l’étude',
    accepted: 'acceptée',
    declined: 'non retenue',
    in_progress: 'en cours',
    done: 'réalisée',
  },
  en: {
    submitted: 'submitted',
    under_study: 'under study',
    accepted: 'accepted',
    declined: 'declined',
    in_progress: 'in progress',
    done: 'done',
  },
  ar: {
    submitted: 'مقترحة',
    under_study: 'قيد الدراسة',
    accepted: 'مقبولة',
    declined: 'غير معتمدة',
    in_progress: 'قيد التنفيذ',
    done: 'منجزة',
  },
};
const status = (d: Data, locale: Locale) => IDEA_STATUS[locale][d['status']] ?? d['status'];

/** When a poll closes, in words: "mardi 14 mars à 18 h" (fr). */
const closing = (d: Data, locale: Locale) =>
  appointmentDateInWords(d['closesAt'], locale, d['timeZone'] || 'Europe/Paris');

/** One sentence per kind of notification, in each language: the bell, the page and the emails. */
const SENTENCES: Record<Locale, Texts> = {
  fr: {
    membership_requested: (d) =>
      `${d['name']} demande à rejoindre la communauté ${d['community']}.`,
    membership_decided: (d) =>
      (d['admitted'] === 'true'
        ? `Bienvenue ! Vous faites maintenant partie de la communauté ${d['community']}.`
        : `Votre demande pour la communauté ${d['community']} n’a pas été acceptée. Vous pouvez en parler à l’accueil.`) +
      (d['message'] ? ` Message de l’équipe : « ${d['message']} »` : ''),
    household_invited: (d) =>
      `${d['invitedBy']} vous invite à rejoindre le foyer « ${d['household']} ».`,
    privacy_export_ready: (d) => `Vos données sont prêtes à télécharger, jusqu’au ${d['until']}.`,
    privacy_erasure_scheduled: (d) =>
      `Votre compte sera supprimé le ${d['on']}. Vous pouvez encore annuler d’ici là, dans « Mes données ».`,
    account_inactive: (d) =>
      `Vous ne vous êtes pas connecté depuis longtemps. Sans connexion de votre part, votre compte sera supprimé le ${d['on']}.`,
    feed_mentioned: (d) =>
      `${d['name']} vous a mentionné dans ${d['in'] === 'comment' ? 'un commentaire' : 'une publication'} (${d['community']}).`,
    moderation_decided: (d) =>
      `L’équipe de ${d['community']} a pris une décision sur votre contribution : ${d['reason']}`,
    appointment_booked: (d) =>
      `Rendez-vous « ${d['service']} » ${d['pending'] === 'true' ? 'demandé' : 'confirmé'} : ${when(d, 'fr')}, ${d['address']}.`,
    appointment_reminder: (d) =>
      `Rappel : rendez-vous « ${d['service']} » ${when(d, 'fr')}, ${d['address']}.${d['bring'] ? ` À apporter : ${d['bring']}.` : ''}`,
    appointment_cancelled: (d) =>
      `Votre rendez-vous « ${d['service']} » du ${when(d, 'fr')} est annulé.`,
    sharing_offer_new: (d) =>
      `Nouvelle offre de ${d['partner']}, partenaire de ${d['community']} : « ${d['title']} ».`,
    sharing_claim_answered: (d) =>
      d['granted'] === 'true'
        ? `${d['partner']} a accepté votre demande pour « ${d['title']} » : à retirer chez eux.`
        : `${d['partner']} n’a pas pu accepter votre demande pour « ${d['title']} » : ${d['reason']}`,
    sharing_claim_confirmed: (d) =>
      `${d['partner']} vous a remis « ${d['title']} »${d['dueOn'] ? ` ; à rendre avant le ${d['dueOn']}` : ''}.`,
    sharing_claim_cancelled: (d) =>
      `${d['partner']} a annulé votre demande pour « ${d['title']} ».`,
    sharing_partnership: (d) =>
      ({
        requested: `${d['partner']} demande un partenariat avec ${d['community']}.`,
        accepted: `${d['partner']} a accepté le partenariat avec ${d['community']}.`,
        declined: `${d['partner']} n’a pas accepté le partenariat avec ${d['community']}.`,
      })[d['state']] ?? `${d['partner']} a mis fin au partenariat avec ${d['community']}.`,
    idea_status_changed: (d) =>
      `L’idée « ${d['title']} » est maintenant : ${status(d, 'fr')}. Réponse du centre : « ${d['answer']} »`,
    idea_merged: (d) =>
      `L’idée « ${d['title']} » a été regroupée avec « ${d['into']} », qui reprend ses soutiens.`,
    activity_registered: (d) =>
      `Inscription confirmée à « ${d['activity']} » pour ${d['names']}${d['startsAt'] ? ` : ${d['series'] === 'true' ? 'à partir du' : 'le'} ${when(d, 'fr')}` : ''}.`,
    activity_place_offered: (d) =>
      `Une place s’est libérée à « ${d['activity']} » pour ${d['names']}. Confirmez-la avant le ${until(d, 'fr')}, sinon elle passera à la personne suivante.`,
    activity_message: (d) => `Message de l’équipe pour « ${d['activity']} » : ${d['message']}`,
    poll_opened: (d) =>
      `Nouveau sondage dans ${d['community']} : « ${d['title']} ». Donnez votre avis !`,
    poll_closing: (d) =>
      `Le sondage « ${d['title']} » se termine ${closing(d, 'fr')}. Vous n’avez pas encore répondu.`,
    poll_results: (d) => `Les résultats du sondage « ${d['title']} » sont publiés.`,
  },
  en: {
    membership_requested: (d) => `${d['name']} asks to join the ${d['community']} community.`,
    membership_decided: (d) =>
      (d['admitted'] === 'true'
        ? `Welcome! You are now a member of the ${d['community']} community.`
        : `Your request for the ${d['community']} community was not accepted. You are welcome to talk about it at the desk.`) +
      (d['message'] ? ` Message from the team: “${d['message']}”` : ''),
    household_invited: (d) =>
      `${d['invitedBy']} invites you to join the household “${d['household']}”.`,
    privacy_export_ready: (d) => `Your data is ready to download, until ${d['until']}.`,
    privacy_erasure_scheduled: (d) =>
      `Your account will be deleted on ${d['on']}. You can still cancel until then, in “My data”.`,
    account_inactive: (d) =>
      `You have not logged in for a long time. Unless you log in, your account will be deleted on ${d['on']}.`,
    feed_mentioned: (d) =>
      `${d['name']} mentioned you in a ${d['in'] === 'comment' ? 'comment' : 'post'} (${d['community']}).`,
    moderation_decided: (d) =>
      `The ${d['community']} team made a decision about your contribution: ${d['reason']}`,
    appointment_booked: (d) =>
      `Appointment “${d['service']}” ${d['pending'] === 'true' ? 'requested' : 'confirmed'}: ${when(d, 'en')}, ${d['address']}.`,
    appointment_reminder: (d) =>
      `Reminder: appointment “${d['service']}” ${when(d, 'en')}, ${d['address']}.${d['bring'] ? ` Please bring: ${d['bring']}.` : ''}`,
    appointment_cancelled: (d) =>
      `Your appointment “${d['service']}” on ${when(d, 'en')} is cancelled.`,
    sharing_offer_new: (d) =>
      `New offer from ${d['partner']}, a partner of ${d['community']}: “${d['title']}”.`,
    sharing_claim_answered: (d) =>
      d['granted'] === 'true'
        ? `${d['partner']} accepted your claim for “${d['title']}”: collect it from them.`
        : `${d['partner']} could not accept your claim for “${d['title']}”: ${d['reason']}`,
    sharing_claim_confirmed: (d) =>
      `${d['partner']} handed you “${d['title']}”${d['dueOn'] ? `; to return by ${d['dueOn']}` : ''}.`,
    sharing_claim_cancelled: (d) => `${d['partner']} cancelled your claim for “${d['title']}”.`,
    sharing_partnership: (d) =>
      ({
        requested: `${d['partner']} asks ${d['community']} for a partnership.`,
        accepted: `${d['partner']} accepted the partnership with ${d['community']}.`,
        declined: `${d['partner']} did not accept the partnership with ${d['community']}.`,
      })[d['state']] ?? `${d['partner']} ended the partnership with ${d['community']}.`,
    idea_status_changed: (d) =>
      `The idea “${d['title']}” is now: ${status(d, 'en')}. The centre’s answer: “${d['answer']}”`,
    idea_merged: (d) =>
      `The idea “${d['title']}” was merged into “${d['into']}”, which takes over its supports.`,
    activity_registered: (d) =>
      `Registration confirmed for “${d['activity']}” for ${d['names']}${d['startsAt'] ? `: ${d['series'] === 'true' ? 'from' : 'on'} ${when(d, 'en')}` : ''}.`,
    activity_place_offered: (d) =>
      `A place is free in “${d['activity']}” for ${d['names']}. Confirm it before ${until(d, 'en')}, or it will go to the next person.`,
    activity_message: (d) => `Message from the team about “${d['activity']}”: ${d['message']}`,
    poll_opened: (d) => `New poll in ${d['community']}: “${d['title']}”. Have your say!`,
    poll_closing: (d) =>
      `The poll “${d['title']}” closes ${closing(d, 'en')}. You have not answered yet.`,
    poll_results: (d) => `The results of the poll “${d['title']}” are published.`,
  },
  ar: {
    membership_requested: (d) => `${d['name']} يطلب الانضمام إلى مجتمع ${d['community']}.`,
    membership_decided: (d) =>
      (d['admitted'] === 'true'
        ? `مرحبًا بك! أنت الآن عضو في مجتمع ${d['community']}.`
        : `لم يتم قبول طلبك للانضمام إلى مجتمع ${d['community']}. يمكنك التحدث في الأمر مع مكتب الاستقبال.`) +
      (d['message'] ? ` رسالة من الفريق: «${d['message']}»` : ''),
    household_invited: (d) => `${d['invitedBy']} يدعوك إلى الانضمام إلى أسرة «${d['household']}».`,
    privacy_export_ready: (d) => `بياناتك جاهزة للتنزيل حتى ${d['until']}.`,
    privacy_erasure_scheduled: (d) =>
      `سيتم حذف حسابك في ${d['on']}. يمكنك الإلغاء حتى ذلك الحين من صفحة «بياناتي».`,
    account_inactive: (d) =>
      `لم تسجّل الدخول منذ مدة طويلة. إذا لم تسجّل الدخول، سيتم حذف حسابك في ${d['on']}.`,
    feed_mentioned: (d) =>
      `أشار إليك ${d['name']} في ${d['in'] === 'comment' ? 'تعليق' : 'منشور'} (${d['community']}).`,
    moderation_decided: (d) => `اتخذ فريق ${d['community']} قرارًا بشأن مساهمتك: ${d['reason']}`,
    appointment_booked: (d) =>
      `موعد «${d['service']}» ${d['pending'] === 'true' ? 'مطلوب' : 'مؤكد'}: ${when(d, 'ar')}، ${d['address']}.`,
    appointment_reminder: (d) =>
      `تذكير: موعد «${d['service']}» ${when(d, 'ar')}، ${d['address']}.${d['bring'] ? ` يرجى إحضار: ${d['bring']}.` : ''}`,
    appointment_cancelled: (d) => `تم إلغاء موعدك «${d['service']}» يوم ${when(d, 'ar')}.`,
    sharing_offer_new: (d) =>
      `عرض جديد من ${d['partner']}، شريك ${d['community']}: «${d['title']}».`,
    sharing_claim_answered: (d) =>
      d['granted'] === 'true'
        ? `قبل ${d['partner']} طلبك لـ«${d['title']}»: استلمه لديهم.`
        : `لم يتمكن ${d['partner']} من قبول طلبك لـ«${d['title']}»: ${d['reason']}`,
    sharing_claim_confirmed: (d) =>
      `سلّمك ${d['partner']} «${d['title']}»${d['dueOn'] ? `؛ يجب إرجاعه قبل ${d['dueOn']}` : ''}.`,
    sharing_claim_cancelled: (d) => `ألغى ${d['partner']} طلبك لـ«${d['title']}».`,
    sharing_partnership: (d) =>
      ({
        requested: `يطلب ${d['partner']} شراكة مع ${d['community']}.`,
        accepted: `قبل ${d['partner']} الشراكة مع ${d['community']}.`,
        declined: `لم يقبل ${d['partner']} الشراكة مع ${d['community']}.`,
      })[d['state']] ?? `أنهى ${d['partner']} الشراكة مع ${d['community']}.`,
    idea_status_changed: (d) =>
      `الفكرة «${d['title']}» أصبحت الآن: ${status(d, 'ar')}. ردّ المركز: «${d['answer']}»`,
    idea_merged: (d) => `تم دمج الفكرة «${d['title']}» مع «${d['into']}» التي تأخذ دعمها.`,
    activity_registered: (d) =>
      `تم تأكيد التسجيل في «${d['activity']}» لـ ${d['names']}${d['startsAt'] ? `: ${d['series'] === 'true' ? 'ابتداءً من' : 'يوم'} ${when(d, 'ar')}` : ''}.`,
    activity_place_offered: (d) =>
      `أصبح هناك مكان شاغر في «${d['activity']}» لـ ${d['names']}. أكّده قبل ${until(d, 'ar')}، وإلا سيذهب إلى الشخص التالي.`,
    activity_message: (d) => `رسالة من الفريق بخصوص «${d['activity']}»: ${d['message']}`,
    poll_opened: (d) => `استطلاع جديد في ${d['community']}: «${d['title']}». شارك برأيك!`,
    poll_closing: (d) => `ينتهي الاستطلاع «${d['title']}» ${closing(d, 'ar')}. لم تُجب بعد.`,
    poll_results: (d) => `نُشرت نتائج الاستطلاع «${d['title']}».`,
  },
};

const EMAIL_PARTS: Record<
  Locale,
  {
    hello: (name: string) => string;
    open: string;
    unsubscribe: string;
    digestSubject: (n: number) => string;
    digestIntro: string;
    signature: string;
  }
> = {
  fr: {
    hello: (name) => `Bonjour ${name},`,
    open: 'Pour voir :',
    unsubscribe: 'Ne plus recevoir ces e-mails (en un clic) :',
    digestSubject: (n) => `${n} nouvelle${n > 1 ? 's' : ''} depuis votre dernier résumé`,
    digestIntro: 'Voici ce qui s’est passé depuis votre dernier résumé :',
    signature: '— Palier, la communauté en ligne de votre centre social',
  },
  en: {
    hello: (name) => `Hello ${name},`,
    open: 'To see it:',
    unsubscribe: 'Stop these emails (one click):',
    digestSubject: (n) => `${n} new since your last summary`,
    digestIntro: 'Here is what happened since your last summary:',
    signature: '— Palier, the online community of your social centre',
  },
  ar: {
    hello: (name) => `مرحبًا ${name}،`,
    open: 'للاطلاع:',
    unsubscribe: 'إيقاف هذه الرسائل (بنقرة واحدة):',
    digestSubject: (n) => `${n} من الجديد منذ ملخصك الأخير`,
    digestIntro: 'إليك ما حدث منذ ملخصك الأخير:',
    signature: '— بالييه، المجتمع الرقمي لمركزكم الاجتماعي',
  },
};

export function notificationSentence(locale: Locale, kind: string, data: Data): string {
  const sentence = (SENTENCES[locale] as Record<string, (d: Data) => string>)[kind];
  return sentence ? sentence(data) : kind;
}

export interface EmailText {
  subject: string;
  text: string;
}

/** An email for one notification, with its one-click unsubscribe link. */
export function notificationEmail(
  locale: Locale,
  name: string,
  sentence: string,
  link: string,
  unsubscribe: string,
): EmailText {
  const p = EMAIL_PARTS[locale];
  return {
    subject: sentence,
    text: `${p.hello(name)}\n\n${sentence}\n\n${p.open} ${link}\n\n${p.signature}\n\n${p.unsubscribe} ${unsubscribe}\n`,
  };
}

/** A digest of several notifications. */
export function digestEmail(
  locale: Locale,
  name: string,
  lines: { sentence: string; link: string }[],
  unsubscribe: string,
): EmailText {
  const p = EMAIL_PARTS[locale];
  const items = lines.map((l) => `• ${l.sentence}\n  ${l.link}`).join('\n');
  return {
    subject: p.digestSubject(lines.length),
    text: `${p.hello(name)}\n\n${p.digestIntro}\n\n${items}\n\n${p.signature}\n\n${p.unsubscribe} ${unsubscribe}\n`,
  };
}
