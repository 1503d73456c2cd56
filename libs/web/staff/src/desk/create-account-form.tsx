import { useMutation } from '@apollo/client/react';
import { LOCALES, type Locale } from '@palier/shared';
import { CreateAccountAtDeskDocument } from '@palier/web-data-access';
import { LANGUAGE_AUTONYMS } from '@palier/web-i18n';
import type { MyMembership } from '@palier/web-session';
import { Button, RadioGroup, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldProblemsOf } from '@palier/web-data-access';
import {
  FormErrorSummary,
  useFieldErrorText,
  useFormErrors,
  type FormError,
} from '../shared/form-errors';
import { FormFailure } from '../shared/form-failure';
import { staffPaths } from '../shared/staff-paths';
import { CONSENT_FIELDS, ConsentFields, consentComplete, consentInput } from './consent-fields';
import type { SheetState } from './sheet-state';

const IDS = {
  displayName: 'desk-name',
  locale: 'desk-locale',
  email: 'desk-email',
  consent: 'desk-consent',
} as const;

const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** (a) "Créer un compte pour une personne présente", then the sheet to print. */
export function CreateAccountForm({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const [displayName, setDisplayName] = useState('');
  // French first: the language of the person, not of the staff member's screen.
  const [locale, setLocale] = useState<Locale>('fr');
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useFormErrors();
  const errorText = useFieldErrorText();
  const [create, { loading }] = useMutation(CreateAccountAtDeskDocument);

  const labels = {
    displayName: t('desk.create.nameLabel'),
    locale: t('desk.create.localeLabel'),
    email: t('desk.create.emailLabel'),
    consent: t('consent.legend'),
  };

  const messageFor = (field: string, code: string): FormError => {
    if (CONSENT_FIELDS.includes(field)) {
      return { fieldId: IDS.consent, message: t('consent.missing') };
    }
    if (field === 'email') {
      return {
        fieldId: IDS.email,
        message: errorText(code, labels.email, {
          invalid_email: t('desk.create.emailInvalid'),
          taken: t('desk.create.emailTaken'),
        }),
      };
    }
    if (field === 'locale') {
      return { fieldId: IDS.locale, message: errorText(code, labels.locale) };
    }
    return {
      fieldId: IDS.displayName,
      message: errorText(code, labels.displayName, { required: t('desk.create.nameRequired') }),
    };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    const local: FormError[] = [];
    if (!displayName.trim()) local.push(messageFor('displayName', 'required'));
    if (email.trim() && !LOOKS_LIKE_EMAIL.test(email.trim()))
      local.push(messageFor('email', 'invalid_email'));
    if (!consentComplete(consent)) local.push(messageFor('residentPresent', 'not_accepted'));
    if (local.length) {
      form.show(local);
      return;
    }
    form.clear();
    try {
      const { data } = await create({
        variables: {
          communityId: membership.community.id,
          input: {
            displayName: displayName.trim(),
            locale,
            // No email at all (not null) when the person has none.
            email: email.trim() || undefined,
          },
          consent: consentInput(consent),
        },
      });
      if (!data) return;
      const state: SheetState = { sheet: data.createAccountAtDesk, locale };
      void navigate(staffPaths.sheet(membership.community.slug), { state });
    } catch (error) {
      const problems = fieldProblemsOf(error);
      if (problems.length) form.show(problems.map((p) => messageFor(p.field, p.code)));
      else setFailure(error);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="create-account-form">
      <FormErrorSummary form={form} />
      <FormFailure error={failure} />
      <TextField
        id={IDS.displayName}
        label={labels.displayName}
        hint={t('desk.create.nameHint')}
        error={form.errorOf(IDS.displayName)}
        errorPrefix={tc('common.errorPrefix')}
        value={displayName}
        onChange={(event) => setDisplayName(event.currentTarget.value)}
        autoComplete="off"
        spellCheck={false}
        maxLength={120}
      />
      <RadioGroup
        id={IDS.locale}
        name={IDS.locale}
        legend={labels.locale}
        hint={t('desk.create.localeHint')}
        error={form.errorOf(IDS.locale)}
        errorPrefix={tc('common.errorPrefix')}
        value={locale}
        onChange={(value) => setLocale(value as Locale)}
        options={LOCALES.map((option) => ({
          value: option,
          label: (
            <span lang={option} dir={option === 'ar' ? 'rtl' : 'ltr'}>
              {LANGUAGE_AUTONYMS[option]}
            </span>
          ),
        }))}
      />
      <TextField
        id={IDS.email}
        type="email"
        label={labels.email}
        hint={t('desk.create.emailHint')}
        error={form.errorOf(IDS.email)}
        errorPrefix={tc('common.errorPrefix')}
        value={email}
        onChange={(event) => setEmail(event.currentTarget.value)}
        autoComplete="off"
        spellCheck={false}
        dir="ltr"
      />
      <ConsentFields
        id={IDS.consent}
        purpose="create"
        value={consent}
        onChange={setConsent}
        error={form.errorOf(IDS.consent)}
      />
      <Button type="submit" icon="arrow-forward" disabled={loading}>
        {t('desk.create.submit')}
      </Button>
    </form>
  );
}
