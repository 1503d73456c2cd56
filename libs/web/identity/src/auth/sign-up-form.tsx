import { useMutation } from '@apollo/client/react';
import { SignUpDocument } from '@palier/web-data-access';
import { useLocale } from '@palier/web-i18n';
import { useSessionChanged } from '@palier/web-session';
import { Button, CheckboxGroup, Link, TextField } from '@palier/web-ui';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FailureAlert } from '../common/failure-alert';
import { FormErrors } from '../common/form-errors';
import { PasswordInput } from '../common/password-input';
import { withReturn } from '../common/return-path';
import { useForm } from '../common/use-form';
import { check, email, newPassword, required } from '../common/validation';

export interface SignUpValues {
  displayName: string;
  email: string;
  password: string;
  /** "J'ai 15 ans ou plus" (French digital majority). */
  over15: boolean;
}

export const EMPTY_SIGN_UP: SignUpValues = {
  displayName: '',
  email: '',
  password: '',
  over15: false,
};

export interface SignUpFormProps {
  formId: string;
  /** The answers, kept by the page (so "Retour" keeps them). */
  values: SignUpValues;
  onChange: (values: SignUpValues) => void;
  /** Called once the account exists and the person is logged in. */
  onSignedUp: () => void;
  /** The page to come back to after "J'ai déjà un compte". */
  returnTo?: string;
}

const ORDER = ['displayName', 'email', 'password', 'over15'] as const;

/** Name, email and password: the account made by the person, who is then logged in. */
export function SignUpForm({ formId, values, onChange, onSignedUp, returnTo }: SignUpFormProps) {
  const { t } = useTranslation('identity');
  const { locale } = useLocale();
  const form = useForm(formId, ORDER);
  const [signUp] = useMutation(SignUpDocument);
  const sessionChanged = useSessionChanged();
  const set = (name: 'displayName' | 'email' | 'password') => (value: string) =>
    onChange({ ...values, [name]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { displayName, email: address, password } = values;
    const found = check(
      { displayName, email: address, password },
      { displayName: required, email, password: newPassword },
    );
    if (!values.over15) found['over15'] = 'not_accepted';
    const done = await form.submit(found, async () => {
      await signUp({
        variables: {
          input: {
            displayName: values.displayName.trim(),
            email: values.email.trim(),
            password: values.password,
            locale,
            over15: values.over15,
          },
        },
      });
      await sessionChanged();
    });
    if (done) onSignedUp();
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="sign-up-form">
      <FormErrors form={form} />
      <FailureAlert error={form.failure} />
      <TextField
        {...form.field('displayName')}
        label={t('signUp.displayName')}
        hint={t('signUp.displayNameHint')}
        autoComplete="name"
        value={values.displayName}
        onChange={(event) => set('displayName')(event.currentTarget.value)}
      />
      <TextField
        {...form.field('email')}
        type="email"
        dir="ltr"
        label={t('signUp.email')}
        hint={t('signUp.emailHint')}
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="none"
        value={values.email}
        onChange={(event) => set('email')(event.currentTarget.value)}
      />
      <PasswordInput
        {...form.field('password')}
        label={t('signUp.password')}
        hint={t('password.newHint')}
        autoComplete="new-password"
        value={values.password}
        onChange={(event) => set('password')(event.currentTarget.value)}
      />
      <CheckboxGroup
        {...form.field('over15')}
        name="over15"
        legend={t('signUp.ageLegend')}
        hint={t('signUp.ageHint')}
        options={[{ value: 'yes', label: t('signUp.over15') }]}
        value={values.over15 ? ['yes'] : []}
        onChange={(value) => onChange({ ...values, over15: value.includes('yes') })}
      />
      <p className="identity-note">
        <strong>{t('signUp.noEmailTitle')}</strong> {t('signUp.noEmailText')}
      </p>
      <div className="identity-actions">
        <Button type="submit" icon="user-plus" data-testid="sign-up-submit">
          {t('signUp.submit')}
        </Button>
      </div>
      <p>
        <Link to={withReturn('/connexion', returnTo)} icon="log-in" data-testid="have-account">
          {t('signUp.haveAccount')}
        </Link>
      </p>
    </form>
  );
}
