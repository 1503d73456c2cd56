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
