import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActivityDocument,
  ActivityHouseholdDocument,
  MyRegistrationsDocument,
  RegisterForActivityDocument,
  serverMessageOf,
  type ActivityFieldsFragment,
} from '@palier/web-data-access';
import { useLocale } from '@palier/web-i18n';
import { LoadError, type MyMembership } from '@palier/web-session';
import {
  Alert,
  Button,
  CheckboxGroup,
  ErrorSummary,
  Link,
  LoadingRegion,
  RadioGroup,
  Skeleton,
} from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ActivitiesFrame } from './activities-frame';
import { ageRange } from './activities-page';
import { placesLeft, sessionInWords } from './activity-dates';
import { RegistrationItem } from './registration-item';

export const SELF = 'self';

type Session = ActivityFieldsFragment['sessions'][number];

/** The sessions one can register for (or the series' first date), with the places left. */
export function SessionChoice({
  activity: a,
  sessions,
  value,
  onChange,
  timeZone,
}: {
  activity: ActivityFieldsFragment;
  sessions: Session[];
  value: string | null;
  onChange: (id: string) => void;
  timeZone: string;
}) {
  const { t } = useTranslation('activities');
  const { locale } = useLocale();
  if (a.capacityMode !== 'session')
    return (
      <p>
        {t('register.series', {
          count: sessions.length,
          first: sessionInWords(sessions[0].startsAt, locale, timeZone),
        })}
      </p>
    );
  return (
    <RadioGroup
      id="register-session"
      name="register-session"
      legend={t('register.session')}
      value={value ?? ''}
      onChange={onChange}
      options={sessions.map((s) => {
        const left = placesLeft(s.capacity, s.taken);
        return {
          value: s.id,
          label: sessionInWords(s.startsAt, locale, timeZone),
          hint:
            left === null
              ? t('activity.open')
              : left > 0
                ? t('activity.placesLeft', { count: left })
                : t('activity.fullWaiting'),
        };
      })}
    />
  );
}

/** The sessions still open to registration: not cancelled, not started. */
export const openSessions = (a: ActivityFieldsFragment) =>
  a.sessions.filter((s) => !s.cancelled && new Date(s.startsAt) > new Date());

function RegisterForm({
  activity: a,
  communityId,
  timeZone,
}: {
  activity: ActivityFieldsFragment;
  communityId: string;
  timeZone: string;
}) {
  const { t } = useTranslation('activities');
  const household = useQuery(ActivityHouseholdDocument);
  const sessions = openSessions(a);
  const [sessionId, setSessionId] = useState<string | undefined>();
  const [people, setPeople] = useState<string[]>([]);
  const [partial, setPartial] = useState<string[]>([]);
  const [problems, setProblems] = useState<{ fieldId: string; message: string }[]>([]);
  const [register, { data, loading }] = useMutation(RegisterForActivityDocument, {
    refetchQueries: [
      { query: MyRegistrationsDocument, variables: { communityId } },
      { query: ActivityDocument, variables: { communityId, id: a.id } },
    ],
  });
  if (!household.data?.me) return null;
  const me = household.data.me;
  const members = (me.household?.members ?? []).filter((m) => !m.isMe);
  const year = new Date().getFullYear();
  const options = [
    { value: SELF, label: t('register.me', { name: me.displayName }) },
    ...members.map((m) => ({
      value: m.id,
      label:
        m.kind === 'child' && m.birthYear
          ? t('register.child', { name: m.name, age: year - m.birthYear })
          : m.name,
    })),
  ];
  const chosenSession = a.capacityMode === 'session' ? (sessionId ?? sessions[0]?.id) : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!people.length) {
      setProblems([{ fieldId: 'register-people', message: t('register.nobody') }]);
      return;
    }
    setProblems([]);
    try {
      await register({
        variables: {
          communityId,
          input: {
            activityId: a.id,
            sessionId: chosenSession,
            includeSelf: people.includes(SELF),
            memberIds: people.filter((p) => p !== SELF),
            acceptsPartial: partial.length > 0,
          },
        },
      });
      setPeople([]);
    } catch (error) {
      setProblems([
        { fieldId: 'register-submit', message: serverMessageOf(error) ?? t('common.failed') },
      ]);
    }
  };
  const outcome = data?.registerForActivity;
  if (sessions.length === 0) return <p>{t('activity.noSession')}</p>;
  return (
    <section aria-labelledby="register-title" className="activities-section">
      <h2 id="register-title">{t('register.title')}</h2>
      {outcome && (
        <Alert
          tone="success"
          title={t('register.done')}
          action={
            outcome.registrations[0]?.status === 'confirmed' ? (
              <Link
                href={`/api/activities/registrations/${outcome.registrations[0].id}.ics`}
                icon="calendar"
                download
              >
                {t('registration.calendar')}
              </Link>
            ) : undefined
          }
        >
          <p lang="fr" data-testid="register-outcome">
            {outcome.message}
          </p>
        </Alert>
      )}
      {problems.length > 0 && <ErrorSummary title={t('register.problem')} errors={problems} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <SessionChoice
          activity={a}
          sessions={sessions}
          value={chosenSession}
          onChange={setSessionId}
          timeZone={timeZone}
        />
        <CheckboxGroup
          id="register-people"
          name="register-people"
          legend={t('register.who')}
          hint={me.household ? undefined : t('register.noHousehold')}
          value={people}
          onChange={setPeople}
          options={options}
          error={problems.find((p) => p.fieldId === 'register-people')?.message}
        />
        {people.length > 1 && (
          <CheckboxGroup
            id="register-partial"
            name="register-partial"
            legend={t('register.partialLegend')}
            value={partial}
            onChange={setPartial}
            options={[{ value: 'yes', label: t('register.partial') }]}
          />
        )}
        <Button type="submit" icon="check" id="register-submit" disabled={loading}>
          {t('register.submit')}
        </Button>
      </form>
    </section>
  );
}

function ActivityDetail({ membership, id }: { membership: MyMembership; id: string }) {
  const { t } = useTranslation('activities');
  const { id: communityId, slug, timeZone } = membership.community;
  const res = useQuery(ActivityDocument, { variables: { communityId, id } });
  const mine = useQuery(MyRegistrationsDocument, {
    variables: { communityId },
    fetchPolicy: 'cache-and-network',
  });
  if (res.error) return <LoadError error={res.error} onRetry={() => void res.refetch()} />;
  const a = res.data?.activity;
  if (!a)
    return (
      <LoadingRegion label={t('list.title')}>
        <Skeleton lines={4} />
      </LoadingRegion>
    );
  const ages = ageRange(t, a.ageMin, a.ageMax);
  const ours = (mine.data?.myRegistrations ?? []).filter((r) => r.activityId === a.id);
  return (
    <>
      <h2 lang="fr" className="activities-title">
        {a.title}
      </h2>
      {a.photoUrl && (
        <img src={a.photoUrl} alt={a.photoAlt} className="activities-photo" lang="fr" />
      )}
      <dl className="activities-facts">
        <dt>{t('activity.category')}</dt>
        <dd lang="fr">{a.category.name}</dd>
        {a.place && (
          <>
            <dt>{t('activity.place')}</dt>
            <dd lang="fr">{a.place}</dd>
          </>
        )}
        {ages && (
          <>
            <dt>{t('activity.age')}</dt>
            <dd>{ages}</dd>
          </>
        )}
        {a.priceNote && (
          <>
            <dt>{t('activity.price')}</dt>
            <dd lang="fr">{a.priceNote}</dd>
          </>
        )}
        <dt>{t('activity.cancelRule')}</dt>
        <dd>{t('activity.cancelHours', { count: a.cancelCutoffHours })}</dd>
      </dl>
      {a.description && (
        <p lang="fr" className="activities-description">
          {a.description}
        </p>
      )}
      {ours.length > 0 && (
        <section aria-labelledby="our-registrations" className="activities-section">
          <h2 id="our-registrations">{t('activity.ours')}</h2>
          <ul className="activities-list">
            {ours.map((r) => (
              <RegistrationItem
                key={r.id}
                registration={r}
                communityId={communityId}
                timeZone={timeZone}
                showActivity={false}
              />
            ))}
          </ul>
        </section>
      )}
      <RegisterForm activity={a} communityId={communityId} timeZone={timeZone} />
      <p>
        <Link to={`/c/${encodeURIComponent(slug)}/activites`} icon="arrow-back">
          {t('activity.back')}
        </Link>
      </p>
    </>
  );
}

/** `/c/:slug/activites/:id`: an activity, its sessions, and registering my household. */
export function ActivityPage() {
  const { t } = useTranslation('activities');
  const { id = '' } = useParams();
  return (
    <ActivitiesFrame title={t('activity.title')}>
      {(membership) => <ActivityDetail membership={membership} id={id} />}
    </ActivitiesFrame>
  );
}
