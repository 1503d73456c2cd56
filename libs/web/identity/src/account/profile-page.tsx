import { useMutation } from '@apollo/client/react';
import { isLocale, LOCALES, textDirection, type Locale } from '@palier/shared';
import { UpdateProfileDocument } from '@palier/web-data-access';
import { LANGUAGE_AUTONYMS, useLocale } from '@palier/web-i18n';
import { useDocumentTitle, useMe } from '@palier/web-session';
import { Button, PageLayout, RadioGroup, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../common/back-button';
import { FailureAlert } from '../common/failure-alert';
import { FormErrors } from '../common/form-errors';
import { noticeState } from '../common/notice';
import { PageSkeleton } from '../common/page-skeleton';
import { useForm } from '../common/use-form';
import { check, required } from '../common/validation';

/** `/compte/profil`: the name others see, and the language of the site and of the emails. */
export function ProfilePage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('profile.title'));
  const { me } = useMe();
  if (!me) return <PageSkeleton />;
  return <ProfileForm displayName={me.displayName} locale={me.locale} />;
}

function ProfileForm(initial: { displayName: string; locale: Locale }) {
  const { t } = useTranslation('identity');
  const { setLocale } = useLocale();
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const form = useForm('profile', ['displayName', 'locale']);
  const [update] = useMutation(UpdateProfileDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await form.submit(check(values, { displayName: required }), () =>
      update({
        variables: { input: { displayName: values.displayName.trim(), locale: values.locale } },
      }),
    );
    if (done) {
      // The language chosen for the account is the one the person wants to read now.
      setLocale(values.locale);
      void navigate('/compte', noticeState('profileSaved'));
    }
  };

  return (
    <div className="page">
      <BackLink to="/compte">{t('account.back')}</BackLink>
      <PageLayout title={t('profile.title')}>
        <form noValidate onSubmit={(event) => void submit(event)} className="identity-form">
          <FormErrors form={form} />
          <FailureAlert error={form.failure} />
          <TextField
            {...form.field('displayName')}
            label={t('profile.displayName')}
            hint={t('signUp.displayNameHint')}
            autoComplete="name"
            value={values.displayName}
            onChange={(event) => setValues({ ...values, displayName: event.currentTarget.value })}
          />
          <RadioGroup
            {...form.field('locale')}
            name="locale"
            legend={t('profile.language')}
            hint={t('profile.languageHint')}
            options={LOCALES.map((locale) => ({
              value: locale,
              label: (
                <span lang={locale} dir={textDirection(locale)}>
                  {LANGUAGE_AUTONYMS[locale]}
                </span>
              ),
            }))}
            value={values.locale}
            onChange={(value) => isLocale(value) && setValues({ ...values, locale: value })}
          />
          <div className="identity-actions">
            <Button type="submit" icon="check" data-testid="profile-submit">
              {t('profile.submit')}
            </Button>
          </div>
        </form>
      </PageLayout>
    </div>
  );
}
