import { useMutation } from '@apollo/client/react';
import { InviteToHouseholdDocument } from '@palier/web-data-access';
import { useDocumentTitle } from '@palier/web-session';
import { Alert, Button, ButtonLink, PageLayout, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { BackLink } from '../common/back-button';
import { FailureAlert } from '../common/failure-alert';
import { focusPageStart } from '../common/focus';
import { FormErrors } from '../common/form-errors';
import { PageSkeleton } from '../common/page-skeleton';
import { useForm } from '../common/use-form';
import { check, required } from '../common/validation';
import { useMyHousehold } from './use-my-household';

/**
 * `/foyer/inviter`: another adult, by email address or login. The answer never says whether the
 * account exists, so nobody can use it to learn who is registered.
 */
export function InvitePage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('household.inviteTitle'));
  const { household, loading } = useMyHousehold();
  const [identifier, setIdentifier] = useState('');
  const [sent, setSent] = useState(false);
  const form = useForm('invite', ['identifier']);
  const [invite] = useMutation(InviteToHouseholdDocument);

  if (loading) return <PageSkeleton />;
  if (!household) return <Navigate to="/foyer" replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await form.submit(
      check({ identifier }, { identifier: required }),
      () => invite({ variables: { identifier: identifier.trim() } }),
      { inputField: 'identifier' },
    );
    if (done) {
      setSent(true);
      focusPageStart();
    }
  };

  if (sent) {
    return (
      <div className="page" data-testid="invite-sent">
        <PageLayout title={t('household.inviteTitle')}>
          <Alert tone="success" title={t('household.inviteSent')} />
          <ButtonLink to="/foyer" icon="arrow-back">
            {t('household.back')}
          </ButtonLink>
        </PageLayout>
      </div>
    );
  }
  return (
    <div className="page">
      <BackLink to="/foyer">{t('household.back')}</BackLink>
      <PageLayout title={t('household.inviteTitle')} lead={<p>{t('household.inviteLead')}</p>}>
        <form noValidate onSubmit={(event) => void submit(event)} className="identity-form">
          <FormErrors form={form} />
          <FailureAlert error={form.failure} />
          <TextField
            {...form.field('identifier')}
            label={t('household.inviteIdentifier')}
            dir="ltr"
            hint={t('household.inviteHint')}
            spellCheck={false}
            autoCapitalize="none"
            autoComplete="off"
            value={identifier}
            onChange={(event) => setIdentifier(event.currentTarget.value)}
          />
          <div className="identity-actions">
            <Button type="submit" icon="mail" data-testid="invite-submit">
              {t('household.inviteSubmit')}
            </Button>
          </div>
        </form>
      </PageLayout>
    </div>
  );
}
