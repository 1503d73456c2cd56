import { useMutation } from '@apollo/client/react';
import {
  CancelRegistrationDocument,
  ConfirmOfferedPlaceDocument,
  DeclineOfferedPlaceDocument,
  MyRegistrationsDocument,
  serverMessageOf,
  type RegistrationFieldsFragment,
} from '@palier/web-data-access';
import { useLocale } from '@palier/web-i18n';
import { Alert, Button, Link } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionInWords } from './activity-dates';

/** One of my household's registrations: its state, and what I can do (confirm, decline, cancel). */
export function RegistrationItem({
  registration: r,
  communityId,
  timeZone,
  showActivity = true,
}: {
  registration: RegistrationFieldsFragment;
  communityId: string;
  timeZone: string;
  showActivity?: boolean;
}) {
  const { t } = useTranslation('activities');
  const { locale } = useLocale();
  const [problem, setProblem] = useState<string | null>(null);
  const refetchQueries = [{ query: MyRegistrationsDocument, variables: { communityId } }];
  const [confirm, confirming] = useMutation(ConfirmOfferedPlaceDocument, { refetchQueries });
  const [decline, declining] = useMutation(DeclineOfferedPlaceDocument, { refetchQueries });
  const [cancel, cancelling] = useMutation(CancelRegistrationDocument, { refetchQueries });
  const run = async (
    action: (o: { variables: { communityId: string; id: string } }) => Promise<unknown>,
  ) => {
    setProblem(null);
    try {
      await action({ variables: { communityId, id: r.id } });
    } catch (error) {
      setProblem(serverMessageOf(error) ?? t('common.failed'));
    }
  };
  const busy = confirming.loading || declining.loading || cancelling.loading;
  return (
    <li className="activities-registration" data-testid="registration" data-status={r.status}>
      <p>
        <strong>
          <bdi>{r.participantName}</bdi>
        </strong>
        {showActivity && (
          <>
            {' '}
            — <bdi lang="fr">{r.activityTitle}</bdi>
          </>
        )}
        {r.startsAt && (
          <>
            {' '}
            — {r.sessionId ? '' : `${t('registration.from')} `}
            {sessionInWords(r.startsAt, locale, timeZone)}
          </>
        )}
      </p>
      <p className={`activities-status activities-status--${r.status}`}>
        {t(`status.${r.status}`)}
        {r.status === 'waiting' &&
          r.waitingPosition !== null &&
          ` — ${t('registration.position', { position: r.waitingPosition })}`}
        {r.atDesk && ` — ${t('registration.atDesk')}`}
      </p>
      {r.status === 'offered' && r.offerExpiresAt && (
        <Alert tone="info" title={t('registration.offeredTitle')}>
          <p>
            {t('registration.offeredUntil', {
              until: sessionInWords(r.offerExpiresAt, locale, timeZone),
            })}
          </p>
        </Alert>
      )}
      <div className="activities-actions">
        {r.status === 'offered' && (
          <>
            <Button icon="check" disabled={busy} onClick={() => void run(confirm)}>
              {t('registration.confirm')}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => void run(decline)}>
              {t('registration.decline')}
            </Button>
          </>
        )}
        {r.status === 'confirmed' && (
          <Link href={`/api/activities/registrations/${r.id}.ics`} icon="calendar" download>
            {t('registration.calendar')}
          </Link>
        )}
        {r.status !== 'offered' && r.canCancel && (
          <Button
            variant="secondary"
            icon="close"
            disabled={busy}
            onClick={() => void run(cancel)}
            aria-label={`${t('registration.cancel')} — ${r.participantName}`}
          >
            {t('registration.cancel')}
          </Button>
        )}
        {r.status === 'confirmed' && !r.canCancel && (
          <span className="activities-muted">{t('registration.tooLate')}</span>
        )}
      </div>
      {problem && <Alert tone="error">{problem}</Alert>}
    </li>
  );
}
