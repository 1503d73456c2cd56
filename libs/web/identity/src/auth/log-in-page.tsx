import { useMutation } from '@apollo/client/react';
import { errorCodeOf, LogInDocument } from '@palier/web-data-access';
import { useDocumentTitle, useMe, useSessionChanged } from '@palier/web-session';
import { Button, ButtonLink, Link, PageLayout, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { FailureAlert } from '../common/failure-alert';
import { problemsFromError } from '../common/problems';
import { FormErrors } from '../common/form-errors';
import { NoticeAlert } from '../common/notice-alert';
import { PageSkeleton } from '../common/page-skeleton';
import { PasswordInput } from '../common/password-input';
import { RETURN_PARAM, safeReturnPath, withReturn } from '../common/return-path';
import { useForm } from '../common/use-form';
import { check, required } from '../common/validation';
import { homeOf } from './destination';

/** `/connexion`: email address or desk login, and password; then back where the person was. */
export function LogInPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('logIn.title'));
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get(RETURN_PARAM));
  const navigate = useNavigate();
  const { me, loading } = useMe();
  const [values, setValues] = useState({ identifier: '', password: '' });
  const form = useForm('log-in', ['identifier', 'password']);
  const [logIn] = useMutation(LogInDocument);
  const sessionChanged = useSessionChanged();
  /** Set while logging in: the page then waits for the navigation instead of saying "logged in". */
  const [entering, setEntering] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let destination = returnTo;
    const done = await form.submit(
      check(values, { identifier: required, password: required }),
      async () => {
        setEntering(true);
        try {
          const { data } = await logIn({
            variables: {
              input: { identifier: values.identifier.trim(), password: values.password },
            },
          });
          destination ??= homeOf(data?.logIn);
          await sessionChanged();
        } catch (error) {
          setEntering(false);
          throw error;
        }
      },
      {
        problemsOf: (error) => {
          if (errorCodeOf(error) !== 'UNAUTHENTICATED') return undefined;
          // An account made at the desk and not activated yet gets its own advice (use the code
          // of the printed sheet): the API says so with the field code not_activated.
          const notActivated = problemsFromError(error)['identifier'] === 'not_activated';
          return { identifier: notActivated ? 'not_activated' : 'wrong_credentials' };
        },
      },
    );
    if (done && destination) void navigate(destination, { replace: true });
  };

  if (loading) return <PageSkeleton />;
  if (me && !entering) {
    return (
      <div className="page">
        <PageLayout
          title={t('logIn.alreadyTitle')}
          lead={<p>{t('logIn.alreadyText', { name: me.displayName })}</p>}
        >
          <ButtonLink to={returnTo ?? homeOf(me)} icon="arrow-forward" iconAfter>
            {t('common.continue')}
          </ButtonLink>
        </PageLayout>
      </div>
    );
  }

  return (
    <div className="page">
      <PageLayout title={t('logIn.title')} lead={<p>{t('logIn.lead')}</p>}>
        <NoticeAlert />
        <form noValidate onSubmit={(event) => void submit(event)} className="identity-form">
          <FormErrors form={form} />
          <FailureAlert error={form.failure} />
          <TextField
            {...form.field('identifier')}
            label={t('logIn.identifier')}
            hint={t('logIn.identifierHint')}
            autoComplete="username"
            dir="ltr"
            spellCheck={false}
            autoCapitalize="none"
            value={values.identifier}
            onChange={(event) => setValues({ ...values, identifier: event.currentTarget.value })}
          />
          <PasswordInput
            {...form.field('password')}
            label={t('logIn.password')}
            autoComplete="current-password"
            value={values.password}
            onChange={(event) => setValues({ ...values, password: event.currentTarget.value })}
          />
          <p>
            <Link to="/mot-de-passe-oublie" data-testid="forgot-password">
              {t('logIn.forgot')}
            </Link>
          </p>
          <div className="identity-actions">
            <Button type="submit" icon="log-in" data-testid="log-in-submit">
              {t('logIn.submit')}
            </Button>
          </div>
        </form>
        <section className="identity-other-ways" aria-labelledby="log-in-other">
          <h2 id="log-in-other">{t('logIn.otherTitle')}</h2>
          <ul className="link-list">
            <li>
              <Link to={withReturn('/inscription', returnTo)} icon="user-plus">
                {t('logIn.signUp')}
              </Link>
            </li>
            <li>
              <Link to="/activer" icon="key">
                {t('logIn.activate')}
              </Link>
            </li>
          </ul>
        </section>
      </PageLayout>
    </div>
  );
}
