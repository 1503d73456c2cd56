import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import {
  ActivityDocument,
  DeskResidentsDocument,
  RegisterForActivityAtDeskDocument,
  ResidentFileDocument,
  serverMessageOf,
} from '@palier/web-data-access';
import { LoadError, type MyMembership } from '@palier/web-session';
import {
  Alert,
  Button,
  CheckboxGroup,
  ErrorSummary,
  Link,
  LoadingRegion,
  Skeleton,
  TextField,
} from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ActivitiesFrame, TEAM_ROLES } from './activities-frame';
import { openSessions, SELF, SessionChoice } from './activity-page';

function DeskForm({
  membership,
  activityId,
  resident,
}: {
  membership: MyMembership;
  activityId: string;
  resident: { accountId: string; displayName: string };
}) {
  const { t } = useTranslation('activities');
  const { id: communityId, timeZone } = membership.community;
  const activity = useQuery(ActivityDocument, { variables: { communityId, id: activityId } });
  // Opening the resident's file is written to the access log the resident sees.
  const file = useQuery(ResidentFileDocument, {
    variables: { communityId, accountId: resident.accountId, reason: 'registration' },
  });
  const [sessionId, setSessionId] = useState<string | undefined>();
  const [people, setPeople] = useState<string[]>([SELF]);
  const [consent, setConsent] = useState<string[]>([]);
  const [problems, setProblems] = useState<{ fieldId: string; message: string }[]>([]);
  const [register, { data, loading }] = useMutation(RegisterForActivityAtDeskDocument);
  const a = activity.data?.activity;
  if (activity.error)
    return <LoadError error={activity.error} onRetry={() => void activity.refetch()} />;
  if (!a || !file.data)
    return (
      <LoadingRegion label={t('desk.title')}>
        <Skeleton lines={4} />
      </LoadingRegion>
    );
  const sessions = openSessions(a);
  const chosen = a.capacityMode === 'session' ? (sessionId ?? sessions[0]?.id ?? null) : null;
  const members = (file.data.residentFile.household?.members ?? []).filter(
    (m) => m.name !== resident.displayName,
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems([]);
    try {
      await register({
        variables: {
          communityId,
          residentAccountId: resident.accountId,
          input: {
            activityId,
            sessionId: chosen,
            includeSelf: people.includes(SELF),
            memberIds: people.filter((p) => p !== SELF),
          },
          consent: {
            residentPresent: consent.includes('present'),
            residentAgrees: consent.includes('agrees'),
          },
        },
      });
    } catch (error) {
      setProblems([
        { fieldId: 'desk-submit', message: serverMessageOf(error) ?? t('common.failed') },
      ]);
    }
  };
  const outcome = data?.registerForActivityAtDesk;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="activities-section">
      <h2 lang="fr">{a.title}</h2>
      <p>{t('desk.for', { name: resident.displayName })}</p>
      {outcome && (
        <Alert tone="success" title={t('register.done')}>
          <p lang="fr" data-testid="desk-outcome">
            {outcome.message}
          </p>
        </Alert>
      )}
      {problems.length > 0 && <ErrorSummary title={t('register.problem')} errors={problems} />}
      {sessions.length === 0 ? (
        <p>{t('activity.noSession')}</p>
      ) : (
        <SessionChoice
          activity={a}
          sessions={sessions}
          value={chosen}
          onChange={setSessionId}
          timeZone={timeZone}
        />
      )}
      <CheckboxGroup
        id="desk-people"
        name="desk-people"
        legend={t('register.who')}
        value={people}
        onChange={setPeople}
        options={[
          { value: SELF, label: resident.displayName },
          ...members.map((m) => ({ value: m.id, label: m.name })),
        ]}
      />
      <CheckboxGroup
        id="desk-consent"
        name="desk-consent"
        legend={t('desk.consent')}
        value={consent}
        onChange={setConsent}
        options={[
          { value: 'present', label: t('desk.present') },
          { value: 'agrees', label: t('desk.agrees') },
        ]}
      />
      <Button type="submit" icon="check" id="desk-submit" disabled={loading}>
        {t('register.submit')}
      </Button>
    </form>
  );
}

function Desk({ membership, activityId }: { membership: MyMembership; activityId: string }) {
  const { t } = useTranslation('activities');
  const { id: communityId, slug } = membership.community;
  const [search, setSearch] = useState('');
  const [resident, setResident] = useState<{ accountId: string; displayName: string } | null>(null);
  const [find, found] = useLazyQuery(DeskResidentsDocument);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setResident(null);
    void find({ variables: { communityId, search } });
  };
  const people = (found.data?.members.edges ?? [])
    .map((e) => e.node)
    .filter((m) => m.status === 'active');
  return (
    <>
      <form onSubmit={submit} className="activities-filters" noValidate>
        <TextField
          id="desk-search"
          label={t('desk.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('desk.find')}
        </Button>
      </form>
      {!resident && found.data && (
        <ul className="activities-list">
          {people.length === 0 && <li>{t('desk.nobody')}</li>}
          {people.map((p) => (
            <li key={p.accountId}>
              <Button variant="secondary" onClick={() => setResident(p)}>
                {t('desk.choose', { name: p.displayName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {resident && <DeskForm membership={membership} activityId={activityId} resident={resident} />}
      <p>
        <Link
          to={`/c/${encodeURIComponent(slug)}/activites/${activityId}/inscrits`}
          icon="arrow-back"
        >
          {t('checkIn.back')}
        </Link>
      </p>
    </>
  );
}

/** `/c/:slug/activites/:id/accueil`: the desk registers a resident (and their household). */
export function DeskRegisterPage() {
  const { t } = useTranslation('activities');
  const { id = '' } = useParams();
  return (
    <ActivitiesFrame roles={TEAM_ROLES} title={t('desk.title')} lead={<p>{t('desk.lead')}</p>}>
      {(membership) => <Desk membership={membership} activityId={id} />}
    </ActivitiesFrame>
  );
}
