import type { Locale } from '@palier/shared';

export interface EmailContent {
  subject: string;
  text: string;
}

const SIGNATURE: Record<Locale, string> = {
  fr: '— Palier, la communauté en ligne de votre centre social',
  en: '— Palier, the online community of your social centre',
  ar: '— بالييه، المجتمع الرقمي لمركزكم الاجتماعي',
};

export function passwordResetEmail(locale: Locale, name: string, link: string): EmailContent {
  const texts: Record<Locale, EmailContent> = {
    fr: {
      subject: 'Choisir un nouveau mot de passe',
      text: `Bonjour ${name},\n\nQuelqu'un (sans doute vous) a demandé à changer le mot de passe de votre compte.\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure :\n\n${link}\n\nSi ce n'est pas vous, ne faites rien : votre mot de passe ne change pas.\n\n${SIGNATURE.fr}`,
    },
    en: {
      subject: 'Choose a new password',
      text: `Hello ${name},\n\nSomeone (probably you) asked to change the password of your account.\nTo choose a new password, open this link within the hour:\n\n${link}\n\nIf it was not you, do nothing: your password stays the same.\n\n${SIGNATURE.en}`,
    },
    ar: {
      subject: 'اختيار كلمة مرور جديدة',
      text: `مرحبًا ${name}،\n\nطلب شخص ما (ربما أنت) تغيير كلمة مرور حسابك.\nلاختيار كلمة مرور جديدة، افتح هذا الرابط خلال ساعة:\n\n${link}\n\nإذا لم تكن أنت، فلا تفعل شيئًا: تبقى كلمة المرور كما هي.\n\n${SIGNATURE.ar}`,
    },
  };
  return texts[locale];
}

export function admissionEmail(
  locale: Locale,
  name: string,
  community: string,
  admitted: boolean,
  message: string | null,
  link: string,
): EmailContent {
  const note = message ? `\n\n« ${message} »` : '';
  const texts: Record<Locale, EmailContent> = admitted
    ? {
        fr: {
          subject: `Bienvenue dans la communauté ${community}`,
          text: `Bonjour ${name},\n\nVotre demande est acceptée : vous faites maintenant partie de la communauté ${community}.${note}\n\nVotre espace : ${link}\n\n${SIGNATURE.fr}`,
        },
        en: {
          subject: `Welcome to the ${community} community`,
          text: `Hello ${name},\n\nYour request is accepted: you are now a member of the ${community} community.${note}\n\nYour space: ${link}\n\n${SIGNATURE.en}`,
        },
        ar: {
          subject: `مرحبًا بك في مجتمع ${community}`,
          text: `مرحبًا ${name}،\n\nتم قبول طلبك: أنت الآن عضو في مجتمع ${community}.${note}\n\nمساحتك: ${link}\n\n${SIGNATURE.ar}`,
        },
      }
    : {
        fr: {
          subject: `Votre demande pour la communauté ${community}`,
          text: `Bonjour ${name},\n\nL'équipe n'a pas accepté votre demande pour rejoindre la communauté ${community}.${note}\n\nVous pouvez passer à l'accueil du centre pour en parler.\n\n${SIGNATURE.fr}`,
        },
        en: {
          subject: `Your request for the ${community} community`,
          text: `Hello ${name},\n\nThe team did not accept your request to join the ${community} community.${note}\n\nYou are welcome to come to the centre's desk to talk about it.\n\n${SIGNATURE.en}`,
        },
        ar: {
          subject: `طلبك للانضمام إلى مجتمع ${community}`,
          text: `مرحبًا ${name}،\n\nلم يقبل الفريق طلبك للانضمام إلى مجتمع ${community}.${note}\n\nيمكنك زيارة مكتب الاستقبال في المركز للتحدث في الأمر.\n\n${SIGNATURE.ar}`,
        },
      };
  return texts[locale];
}
