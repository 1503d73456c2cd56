import { useMutation } from '@apollo/client/react';
import { ResetPasswordDocument } from '@palier/web-data-access';
import { useDocumentTitle, useSessionChanged } from '@palier/web-session';
import { Alert, Button, ButtonLink, PageLayout } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { FailureAlert } from '../common/failure-alert';
import { FormErrors } from '../common/form-errors';
import { noticeState } from '../common/notice';
import { PasswordInput } from '../common/password-input';
import { useForm } from '../common/use-form';
import { check, newPassword } from '../common/validation';
import { homeOf } from './destination';

/** `/mot-de-passe/nouveau?jeton=…`: the link of the email; a new password, and the person is in. */
export function NewPasswordPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('newPassword.title'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('jeton') ?? '';
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const form = useForm('new-password', ['newPassword']);
  const [reset] = useMutation(ResetPasswordDocument);
  const sessionChanged = useSessionChanged();

  const askAgain = (
    <ButtonLink to="/mot-de-passe-oublie" variant="secondary" icon="mail">
      {t('newPassword.askAgain')}
    </ButtonLink>
  );

  if (!token) {
    return (
      <div className="page">
        <PageLayout title={t('newPassword.title')}>
          <Alert tone="error" title={t('newPassword.brokenLink')} action={askAgain} />
        </PageLayout>
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let destination = '/compte';
    const done = await form.submit(check({ newPassword: password }, { newPassword }), async () => {
      const { data } = await reset({ variables: { input: { token, newPassword: password } } });
      destination = homeOf(data?.resetPassword);
      await sessionChanged();
    });
    if (done) void navigate(destination, { replace: true, ...noticeState('passwordReset') });
  };

  return (
    <div className="page">
      <PageLayout title={t('newPassword.title')} lead={<p>{t('newPassword.lead')}</p>}>
        <form noValidate onSubmit={(event) => void submit(event)} className="identity-form">
          <FormErrors form={form} />
          <FailureAlert
            error={form.failure}
            messages={{ BAD_USER_INPUT: t('newPassword.expired') }}
            action={askAgain}
          />
          <PasswordInput
            {...form.field('newPassword')}
            label={t('newPassword.password')}
            hint={t('password.newHint')}
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <div className="identity-actions">
            <Button type="submit" icon="key" data-testid="new-password-submit">
              {t('newPassword.submit')}
            </Button>
          </div>
        </form>
      </PageLayout>
    </div>
  );
}
