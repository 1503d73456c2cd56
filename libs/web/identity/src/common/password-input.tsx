import { PasswordField, type PasswordFieldProps } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';

type Props = Omit<
  PasswordFieldProps,
  'showText' | 'hideText' | 'buttonSuffix' | 'shownAnnouncement' | 'hiddenAnnouncement'
>;

/** A password field with its "Afficher / Masquer" button, in the reader's language. */
export function PasswordInput(props: Props) {
  const { t } = useTranslation('identity');
  return (
    <PasswordField
      showText={t('password.show')}
      hideText={t('password.hide')}
      buttonSuffix={t('password.suffix')}
      shownAnnouncement={t('password.shown')}
      hiddenAnnouncement={t('password.hidden')}
      // What is typed (and shown) reads left to right in every language, like an address.
      dir="ltr"
      {...props}
    />
  );
}
