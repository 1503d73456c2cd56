import { useMutation } from '@apollo/client/react';
import { ActivateAccountDocument } from '@palier/web-data-access';
import { useDocumentTitle, useSessionChanged } from '@palier/web-session';
import { Button, PageLayout, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { FailureAlert } from '../common/failure-alert';
import { FormErrors } from '../common/form-errors';
import { noticeState } from '../common/notice';
import { PasswordInput } from '../common/password-input';
import { useForm } from '../common/use-form';
import { check, newPassword, required } from '../common/validation';
import { homeOf } from './destination';

/**
 * `/activer?identifiant=…&code=…`: an account made at the desk. The QR code of the printed sheet
 * fills in the login and the code; the person chooses a password, and is in.
 */
export function ActivatePage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('activate.title'));
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const [values, setValues] = useState({
    login: searchParams.get('identifiant') ?? '',
    code: searchParams.get('code') ?? '',
    password: '',
  });
  const form = useForm('activate', ['login', 'code', 'password']);
  const [activate] = useMutation(ActivateAccountDocument);
  const sessionChanged = useSessionChanged();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let destination = '/compte';
    const done = await form.submit(
      check(values, { login: required, code: required, password: newPassword }),
      async () => {
        const { data } = await activate({
          variables: {
            input: {
              login: values.login.trim(),
              code: values.code.trim(),
              password: values.password,
            },
          },
        });
        destination = homeOf(data?.activateAccount);
        await sessionChanged();
      },
    );
    if (done) void navigate(destination, { replace: true, ...noticeState('accountActivated') });
  };

  return (
    <div className="page">
      <PageLayout title={t('activate.title')} lead={<p>{t('activate.lead')}</p>}>
        <form noValidate onSubmit={(event) => void submit(event)} className="identity-form">
          <FormErrors form={form} />
          <FailureAlert
            error={form.failure}
            messages={{ BAD_USER_INPUT: t('activate.mismatch') }}
          />
          <TextField
            {...form.field('login')}
            label={t('activate.login')}
            hint={t('activate.loginHint')}
            autoComplete="username"
            dir="ltr"
            spellCheck={false}
            autoCapitalize="none"
            value={values.login}
            onChange={(event) => setValues({ ...values, login: event.currentTarget.value })}
          />
          <TextField
            {...form.field('code')}
            label={t('activate.code')}
            hint={t('activate.codeHint')}
            autoComplete="one-time-code"
            dir="ltr"
            spellCheck={false}
            autoCapitalize="characters"
            width="short"
            value={values.code}
            onChange={(event) => setValues({ ...values, code: event.currentTarget.value })}
          />
          <PasswordInput
            {...form.field('password')}
            label={t('activate.password')}
            hint={t('password.newHint')}
            autoComplete="new-password"
            value={values.password}
            onChange={(event) => setValues({ ...values, password: event.currentTarget.value })}
          />
          <div className="identity-actions">
            <Button type="submit" icon="key" data-testid="activate-submit">
              {t('activate.submit')}
            </Button>
          </div>
        </form>
      </PageLayout>
    </div>
  );
}
