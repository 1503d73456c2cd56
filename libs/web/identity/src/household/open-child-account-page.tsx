import { useMutation } from '@apollo/client/react';
import { OpenChildAccountDocument } from '@palier/web-data-access';
import { useDocumentTitle, useMe } from '@palier/web-session';
import { Alert, Button, CheckboxGroup, PageLayout, RadioGroup } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { BackLink } from '../common/back-button';
import { FailureAlert } from '../common/failure-alert';
import { FormErrors } from '../common/form-errors';
import { PageSkeleton } from '../common/page-skeleton';
import { PasswordInput } from '../common/password-input';
import { useForm } from '../common/use-form';
import { check, newPassword } from '../common/validation';
import { useMyHousehold } from './use-my-household';

/**
 * `/foyer/enfant/:memberId/compte`: a parent opens an account for a child of the household (under
 * 15, the law asks for the parent's consent). The child logs in with the login shown at the end
 * and the password the parent chose here.
 */
export function OpenChildAccountPage() {
  const { t } = useTranslation('identity');
  const { memberId } = useParams();
  const { household, loading } = useMyHousehold();
  const { me } = useMe();
  const child = household?.members.find((m) => m.id === memberId && m.kind === 'child');
  useDocumentTitle(t('childAccount.title', { name: child?.name ?? '' }));
  const communities = (me?.memberships ?? []).filter((m) => m.status === 'active');
  const [values, setValues] = useState({ password: '', communityId: '', consent: false });
  const [opened, setOpened] = useState<{ login: string; firstName: string } | null>(null);
  const form = useForm('child-account', ['communityId', 'password', 'parentalConsent']);
  const [open] = useMutation(OpenChildAccountDocument);

  if (loading) return <PageSkeleton />;
  if (!household || !child) return <Navigate to="/foyer" replace />;
  const communityId =
    values.communityId || (communities.length === 1 ? communities[0].community.id : '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check({ password: values.password }, { password: newPassword });
    if (!communityId) found['communityId'] = 'required';
    if (!values.consent) found['parentalConsent'] = 'not_accepted';
    await form.submit(found, async () => {
      const res = await open({
        variables: {
          memberId: child.id,
          communityId,
          input: { password: values.password, parentalConsent: values.consent },
        },
      });
      if (res.data) setOpened(res.data.openChildAccount);
    });
  };

  return (
    <div className="page">
      <BackLink to="/foyer">{t('household.back')}</BackLink>
      <PageLayout
        title={t('childAccount.title', { name: child.name })}
        lead={<p>{t('childAccount.lead', { name: child.name })}</p>}
      >
        {opened ? (
          <div data-testid="child-account-opened">
            <Alert tone="success" title={t('childAccount.doneTitle', { name: opened.firstName })}>
              <p>
                {t('childAccount.doneLogin')} <strong dir="ltr">{opened.login}</strong>
              </p>
              <p>{t('childAccount.doneText', { name: opened.firstName })}</p>
            </Alert>
          </div>
        ) : communities.length === 0 ? (
          <p>{t('childAccount.noCommunity')}</p>
        ) : (
          <form noValidate onSubmit={(event) => void submit(event)} className="identity-form">
            <FormErrors form={form} />
            <FailureAlert error={form.failure} />
            {communities.length > 1 && (
              <RadioGroup
                {...form.field('communityId')}
                name="communityId"
                legend={t('childAccount.community')}
                options={communities.map((m) => ({
                  value: m.community.id,
                  label: m.community.name,
                }))}
                value={communityId}
                onChange={(value) => setValues({ ...values, communityId: value })}
              />
            )}
            <PasswordInput
              {...form.field('password')}
              label={t('childAccount.password', { name: child.name })}
              hint={t('childAccount.passwordHint')}
              autoComplete="new-password"
              value={values.password}
              onChange={(event) => setValues({ ...values, password: event.currentTarget.value })}
            />
            <CheckboxGroup
              {...form.field('parentalConsent')}
              name="parentalConsent"
              legend={t('childAccount.consentLegend')}
              hint={t('childAccount.consentHint')}
              options={[{ value: 'yes', label: t('childAccount.consent', { name: child.name }) }]}
              value={values.consent ? ['yes'] : []}
              onChange={(value) => setValues({ ...values, consent: value.includes('yes') })}
            />
            <div className="identity-actions">
              <Button type="submit" icon="user-plus" data-testid="open-child-account">
                {t('childAccount.submit', { name: child.name })}
              </Button>
            </div>
          </form>
        )}
      </PageLayout>
    </div>
  );
}
