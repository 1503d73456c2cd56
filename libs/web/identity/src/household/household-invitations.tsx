import { useMutation } from '@apollo/client/react';
import {
  AnswerHouseholdInvitationDocument,
  type HouseholdInvitationFieldsFragment,
} from '@palier/web-data-access';
import { formatDateInWords, useLocale } from '@palier/web-i18n';
import { Button, Card } from '@palier/web-ui';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { FailureAlert } from '../common/failure-alert';

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris';
}

/** The invitations to join a household: who invites, to which household, and two answers. */
export function HouseholdInvitations({
  invitations,
  headingLevel = 2,
}: {
  invitations: readonly HouseholdInvitationFieldsFragment[];
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('identity');
  const { locale } = useLocale();
  const [answer, { loading }] = useMutation(AnswerHouseholdInvitationDocument);
  const [failure, setFailure] = useState<unknown>(null);
  const [answered, setAnswered] = useState<'accepted' | 'declined' | null>(null);
  if (invitations.length === 0) {
    return answered ? (
      <p role="status" className="identity-done">
        {t(
          answered === 'accepted' ? 'household.invitationAccepted' : 'household.invitationDeclined',
        )}
      </p>
    ) : null;
  }
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const reply = async (invitationId: string, accept: boolean) => {
    if (loading) return;
    setFailure(null);
    try {
      await answer({ variables: { invitationId, accept } });
      setAnswered(accept ? 'accepted' : 'declined');
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Card as="section" aria-labelledby="household-invitations" className="household-invitations">
      <Heading id="household-invitations">{t('household.invitationsTitle')}</Heading>
      <FailureAlert error={failure} messages={{ CONFLICT: t('household.invitationConflict') }} />
      <ul className="plain-list">
        {invitations.map((invitation) => (
          <li
            key={invitation.id}
            className="household-invitation"
            data-testid="household-invitation"
          >
            <p>
              <Trans
                t={t}
                i18nKey="household.invitationText"
                values={{
                  name: invitation.invitedBy,
                  household: invitation.householdName,
                  date: formatDateInWords(invitation.createdAt, locale, browserTimeZone()),
                }}
                components={{ name: <bdi />, household: <bdi /> }}
              />
            </p>
            <div className="identity-actions identity-actions--row">
              <Button icon="check" onClick={() => void reply(invitation.id, true)}>
                {t('household.acceptInvitation', { household: invitation.householdName })}
              </Button>
              <Button
                variant="secondary"
                icon="close"
                onClick={() => void reply(invitation.id, false)}
              >
                {t('household.declineInvitation')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
