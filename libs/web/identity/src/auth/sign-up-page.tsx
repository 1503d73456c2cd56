import { useDocumentTitle, useMe } from '@palier/web-session';
import { ButtonLink, PageLayout } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageSkeleton } from '../common/page-skeleton';
import { RETURN_PARAM, safeReturnPath } from '../common/return-path';
import { EMPTY_SIGN_UP, SignUpForm, type SignUpValues } from './sign-up-form';

/** `/inscription`: an account on its own, then back where the person was (or to the centres). */
export function SignUpPage() {
  const { t } = useTranslation('identity');
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get(RETURN_PARAM));
  const navigate = useNavigate();
  const { me, loading } = useMe();
  const [values, setValues] = useState<SignUpValues>(EMPTY_SIGN_UP);
  const [created, setCreated] = useState(false);
  useDocumentTitle(created ? t('signUp.doneTitle') : t('signUp.title'));

  if (loading && !created) return <PageSkeleton />;
  if (created || me) {
    return (
      <div className="page" data-testid="sign-up-done">
        <PageLayout
          title={created ? t('signUp.doneTitle') : t('logIn.alreadyTitle')}
          lead={<p>{t('signUp.doneText')}</p>}
        >
          <ButtonLink to="/" icon="home">
            {t('signUp.chooseCentre')}
          </ButtonLink>
        </PageLayout>
      </div>
    );
  }
  return (
    <div className="page">
      <PageLayout title={t('signUp.title')} lead={<p>{t('signUp.lead')}</p>}>
        <SignUpForm
          formId="sign-up"
          values={values}
          onChange={setValues}
          returnTo={returnTo}
          onSignedUp={() => {
            if (returnTo) void navigate(returnTo, { replace: true });
            else setCreated(true);
          }}
        />
      </PageLayout>
    </div>
  );
}
