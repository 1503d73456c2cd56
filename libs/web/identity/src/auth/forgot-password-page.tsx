import { useMutation } from '@apollo/client/react';
import { RequestPasswordResetDocument } from '@palier/web-data-access';
import { useDocumentTitle } from '@palier/web-session';
import { Alert, Button, Link, PageLayout, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../common/back-button';
import { FailureAlert } from '../common/failure-alert';
import { focusPageStart } from '../common/focus';
import { FormErrors } from '../common/form-errors';
import { useForm } from '../common/use-form';
import { check, email } from '../common/validation';

/**
 * `/mot-de-passe-oublie`: an email address, then always the same answer, so that nobody can use
 * this page to learn who has an account.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('forgot.title'));
  const [address, setAddress] = useState('');
  const [sent, setSent] = useState(false);
  const form = useForm('forgot', ['email']);
  const [request] = useMutation(RequestPasswordResetDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await form.submit(
      check({ email: address }, { email }),
      () => request({ variables: { email: address.trim() } }),
      { inputField: 'email' },
    );
    if (done) {
      setSent(true);
      focusPageStart();
    }
  };

  if (sent) {
    return (
      <div className="page" data-testid="forgot-sent">
        <PageLayout title={t('forgot.sentTitle')}>
          <Alert tone="success" title={t('forgot.sentText')}>
            <p>{t('forgot.sentHint')}</p>
          </Alert>
          <p>
            <Link to="/connexion" icon="log-in">
              {t('forgot.backToLogIn')}
            </Link>
          </p>
        </PageLayout>
      </div>
    );
  }
  return (
    <div className="page">
      <BackLink to="/connexion">{t('forgot.backToLogIn')}</BackLink>
      <PageLayout title={t('forgot.title')} lead={<p>{t('forgot.lead')}</p>}>
        <form noValidate onSubmit={(event) => void submit(event)} className="identity-form">
          <FormErrors form={form} />
          <FailureAlert error={form.failure} />
          <TextField
            {...form.field('email')}
            type="email"
            dir="ltr"
            label={t('forgot.email')}
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            autoCapitalize="none"
            value={address}
            onChange={(event) => setAddress(event.currentTarget.value)}
          />
          <p className="identity-note">{t('forgot.noEmail')}</p>
          <div className="identity-actions">
            <Button type="submit" icon="mail" data-testid="forgot-submit">
              {t('forgot.submit')}
            </Button>
          </div>
        </form>
      </PageLayout>
    </div>
  );
}
