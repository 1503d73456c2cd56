import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActivityDocument,
  ActivityRosterDocument,
  CancelActivitySessionDocument,
  CancelRegistrationDocument,
  MessageSessionParticipantsDocument,
  MoveOnWaitingListDocument,
  serverMessageOf,
  type RegistrationStatus,
} from '@palier/web-data-access';
import { useLocale } from '@palier/web-i18n';
import { LoadError, type MyMembership } from '@palier/web-session';
import {
  Alert,
  Button,
  ButtonLink,
  Link,
  LoadingRegion,
  Select,
  Skeleton,
  TextArea,
  TextField,
} from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ActivitiesFrame, TEAM_ROLES } from './activities-frame';
import { sessionInWords } from './activity-dates';
import { PhotoForm } from './photo-form';
import { SessionForms } from './session-forms';

const STATUSES: RegistrationStatus[] = ['confirmed', 'offered', 'waiting', 'cancelled'];

function MoveForm({
  communityId,
  waiting,
  onMoved,
}: {
  communityId: string;
  waiting: { id: string; name: string }[];
  onMoved: () => void;
}) {
  const { t } = useTranslation('activities');
  const [id, setId] = useState('');
  const [position, setPosition] = useState('1');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [move, { loading }] = useMutation(MoveOnWaitingListDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await move({
        variables: {
          communityId,
          id: id || waiting[0].id,
          position: Number(position) || 1,
          reason,
        },
      });
      setReason('');
      onMoved();
    } catch (error) {
      setProblem(serverMessageOf(error) ?? t('common.failed'));
    }
  };
  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="activities-section activities-no-print"
      noValidate
    >
      <h3>{t('roster.moveTitle')}</h3>
      <Select
        id="move-person"
        label={t('roster.movePerson')}
        value={id || waiting[0].id}
        onChange={(e) => setId(e.target.value)}
        options={waiting.map((w) => ({ value: w.id, label: w.name }))}
      />
      <TextField
        id="move-position"
        label={t('roster.movePosition')}
        inputMode="numeric"
        width="short"
        value={position}
        onChange={(e) => setPosition(e.target.value)}
      />
      <TextField
        id="move-reason"
        label={t('roster.moveReason')}
        hint={t('roster.moveReasonHint')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={problem ?? undefined}
      />
      <Button type="submit" variant="secondary" disabled={loading}>
        {t('roster.move')}
      </Button>
    </form>
  );
}

/** Staff: cancel a registration (the person phoned); the place passes on to the waiting list. */
function StaffCancel({
  communityId,
  id,
  name,
  onDone,
}: {
  communityId: string;
  id: string;
  name: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('activities');
  const [cancel, { loading }] = useMutation(CancelRegistrationDocument);
  return (
    <Button
      variant="secondary"
      icon="close"
      className="activities-no-print activities-inline-button"
      disabled={loading}
      aria-label={`${t('registration.cancel')} — ${name}`}
      onClick={() => void cancel({ variables: { communityId, id } }).then(onDone)}
    >
      {t('roster.cancel')}
    </Button>
  );
}

/** Staff: cancel a session (kept, shown as cancelled); everyone registered is told why. */
function CancelSessionForm({
  communityId,
  sessionId,
  onDone,
}: {
  communityId: string;
  sessionId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('activities');
  const [reason, setReason] = useState('');
  const [told, setTold] = useState<number | null>(null);
  const [cancel, { loading }] = useMutation(CancelActivitySessionDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const res = await cancel({ variables: { communityId, sessionId, reason } });
    setTold(res.data?.cancelActivitySession ?? 0);
    onDone();
  };
  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="activities-section activities-no-print"
      noValidate
    >
      <h3>{t('roster.cancelSessionTitle')}</h3>
      {told !== null && (
        <Alert tone="success">{t('roster.cancelSessionDone', { count: told })}</Alert>
      )}
      <TextField
        id="cancel-session-reason"
        label={t('roster.cancelSessionReason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <Button type="submit" variant="secondary" icon="close" disabled={loading}>
        {t('roster.cancelSession')}
      </Button>
    </form>
  );
}

function MessageForm({ communityId, sessionId }: { communityId: string; sessionId: string }) {
  const { t } = useTranslation('activities');
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [send, { loading }] = useMutation(MessageSessionParticipantsDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const res = await send({ variables: { communityId, sessionId, message } });
      setSent(res.data?.messageSessionParticipants ?? 0);
      setMessage('');
    } catch (error) {
      setProblem(serverMessageOf(error) ?? t('common.failed'));
    }
  };
  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="activities-section activities-no-print"
      noValidate
    >
      <h3>{t('roster.messageTitle')}</h3>
      {sent !== null && <Alert tone="success">{t('roster.messageSent', { count: sent })}</Alert>}
      <TextArea
        id="session-message"
        label={t('roster.message')}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        error={problem ?? undefined}
      />
      <Button type="submit" variant="secondary" icon="mail" disabled={loading}>
        {t('roster.send')}
      </Button>
    </form>
  );
}

function Roster({ membership, activityId }: { membership: MyMembership; activityId: string }) {
  const { t } = useTranslation('activities');
  const { locale } = useLocale();
  const { id: communityId, slug, timeZone } = membership.community;
  const activity = useQuery(ActivityDocument, { variables: { communityId, id: activityId } });
  const [sessionId, setSessionId] = useState('');
  const [status, setStatus] = useState('');
  const roster = useQuery(ActivityRosterDocument, {
    variables: {
      communityId,
      activityId,
      sessionId: sessionId || null,
      status: (status || null) as RegistrationStatus | null,
    },
    fetchPolicy: 'cache-and-network',
  });
  if (activity.error)
    return <LoadError error={activity.error} onRetry={() => void activity.refetch()} />;
  const a = activity.data?.activity;
  if (!a)
    return (
      <LoadingRegion label={t('roster.title')}>
        <Skeleton lines={5} />
      </LoadingRegion>
    );
  const query = new URLSearchParams({
    ...(sessionId ? { sessionId } : {}),
    ...(status ? { status } : {}),
  }).toString();
  const fileUrl = (format: string) =>
    `/api/activities/communities/${communityId}/activities/${activityId}/roster.${format}${query ? `?${query}` : ''}`;
  const entries = roster.data?.activityRoster ?? [];
  const waiting = entries
    .filter((e) => e.registration.status === 'waiting')
    .map((e) => ({ id: e.registration.id, name: e.registration.participantName }));
  return (
    <>
      <h2 lang="fr">{a.title}</h2>
      <div className="activities-filters activities-no-print">
        <Select
          id="roster-session"
          label={t('roster.session')}
          value={sessionId}
          onChange={(e) => setSessionId(e.target.value)}
          options={[
            { value: '', label: t('roster.allSessions') },
            ...a.sessions.map((s) => ({
              value: s.id,
              label: `${sessionInWords(s.startsAt, locale, timeZone)}${s.cancelled ? ` (${t('roster.cancelled')})` : ''}`,
            })),
          ]}
        />
        <Select
          id="roster-status"
          label={t('roster.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          options={[
            { value: '', label: t('roster.allStatuses') },
            ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
      </div>
      <div className="activities-actions activities-no-print">
        <Button variant="secondary" icon="book" onClick={() => window.print()}>
          {t('roster.print')}
        </Button>
        <Link href={fileUrl('csv')} download>
          {t('roster.csv')}
        </Link>
        <Link href={fileUrl('ods')} download>
          {t('roster.ods')}
        </Link>
        <ButtonLink
          variant="secondary"
          icon="user-plus"
          to={`/c/${encodeURIComponent(slug)}/activites/${activityId}/accueil`}
        >
          {t('roster.desk')}
        </ButtonLink>
        {sessionId && (
          <ButtonLink
            icon="check"
            to={`/c/${encodeURIComponent(slug)}/activites/seance/${sessionId}/appel`}
          >
            {t('roster.checkIn')}
          </ButtonLink>
        )}
      </div>
      {roster.error && <LoadError error={roster.error} onRetry={() => void roster.refetch()} />}
      {entries.length === 0 ? (
        <p>{t('roster.empty')}</p>
      ) : (
        <div className="activities-table-wrap">
          <table className="activities-table" data-testid="roster">
            <caption className="pal-visually-hidden">
              {t('roster.caption', { title: a.title })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('roster.person')}</th>
                <th scope="col">{t('roster.household')}</th>
                <th scope="col">{t('roster.contact')}</th>
                <th scope="col">{t('roster.when')}</th>
                <th scope="col">{t('roster.state')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.registration.id}>
                  <th scope="row">
                    <bdi>{e.registration.participantName}</bdi>
                    {e.child && e.birthYear && (
                      <span className="activities-muted">
                        {' '}
                        ({t('roster.born', { year: e.birthYear })})
                      </span>
                    )}
                  </th>
                  <td>
                    <bdi>{e.householdName ?? '—'}</bdi>
                  </td>
                  <td>{e.email ? <a href={`mailto:${e.email}`}>{e.email}</a> : '—'}</td>
                  <td>
                    {e.registration.startsAt
                      ? sessionInWords(e.registration.startsAt, locale, timeZone)
                      : '—'}
                  </td>
                  <td>
                    {t(`status.${e.registration.status}`)}
                    {e.registration.waitingPosition !== null &&
                      ` (${e.registration.waitingPosition})`}
                    {e.registration.atDesk && ` — ${t('registration.atDesk')}`}
                    {e.registration.status !== 'cancelled' && (
                      <StaffCancel
                        communityId={communityId}
                        id={e.registration.id}
                        name={e.registration.participantName}
                        onDone={() => void roster.refetch()}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {waiting.length > 0 && (
        <MoveForm
          communityId={communityId}
          waiting={waiting}
          onMoved={() => void roster.refetch()}
        />
      )}
      {sessionId && <MessageForm communityId={communityId} sessionId={sessionId} />}
      {sessionId && !a.sessions.find((x) => x.id === sessionId)?.cancelled && (
        <CancelSessionForm
          communityId={communityId}
          sessionId={sessionId}
          onDone={() => void activity.refetch()}
        />
      )}
      <PhotoForm
        communityId={communityId}
        activityId={activityId}
        photoUrl={a.photoUrl}
        photoAlt={a.photoAlt}
        onChanged={() => void activity.refetch()}
      />
      <SessionForms
        communityId={communityId}
        activityId={activityId}
        onAdded={() => void activity.refetch()}
      />
      <p className="activities-no-print">
        <Link to={`/c/${encodeURIComponent(slug)}/activites/gestion`} icon="arrow-back">
          {t('roster.back')}
        </Link>
      </p>
    </>
  );
}

/** `/c/:slug/activites/:id/inscrits`: staff's list of registrations, printable and exportable. */
export function RosterPage() {
  const { t } = useTranslation('activities');
  const { id = '' } = useParams();
  return (
    <ActivitiesFrame roles={TEAM_ROLES} title={t('roster.title')}>
      {(membership) => <Roster membership={membership} activityId={id} />}
    </ActivitiesFrame>
  );
}
