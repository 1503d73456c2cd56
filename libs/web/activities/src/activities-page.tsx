import { useQuery } from '@apollo/client/react';
import {
  ActivitiesDocument,
  MyRegistrationsDocument,
  type ActivityFieldsFragment,
} from '@palier/web-data-access';
import { useLocale } from '@palier/web-i18n';
import { LoadError } from '@palier/web-session';
import { ButtonLink, Card, LoadingRegion, Select, Skeleton } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ActivitiesFrame, TEAM_ROLES } from './activities-frame';
import { placesLeft, sessionInWords } from './activity-dates';
import { RegistrationItem } from './registration-item';

export function ageRange(
  t: TFunction<'activities'>,
  min: number | null,
  max: number | null,
): string | null {
  if (min !== null && max !== null) return t('activity.ages', { min, max });
  if (min !== null) return t('activity.agesFrom', { min });
  if (max !== null) return t('activity.agesUntil', { max });
  return null;
}

function ActivityCard({
  activity: a,
  slug,
  timeZone,
}: {
  activity: ActivityFieldsFragment;
  slug: string;
  timeZone: string;
}) {
  const { t } = useTranslation('activities');
  const { locale } = useLocale();
  const next = a.sessions.find((s) => !s.cancelled);
  const left =
    a.capacityMode === 'series'
      ? placesLeft(a.seriesCapacity, a.seriesTaken)
      : next
        ? placesLeft(next.capacity, next.taken)
        : null;
  const ages = ageRange(t, a.ageMin, a.ageMax);
  return (
    <Card as="li" className="activities-card" data-testid="activity-card">
      {a.photoUrl && (
        <img
          src={a.photoUrl.replace('/photo/large', '/photo/thumb')}
          alt={a.photoAlt}
          className="activities-photo"
          loading="lazy"
        />
      )}
      <p className="activities-category">
        <bdi lang="fr">{a.category.name}</bdi>
      </p>
      <h3 lang="fr">{a.title}</h3>
      {a.place && <p className="activities-muted">{a.place}</p>}
      <p className="activities-muted">
        {[ages, a.priceNote].filter(Boolean).map((x, i) => (
          <span key={i} lang={i === 0 && ages ? undefined : 'fr'}>
            {i > 0 && ' · '}
            {x}
          </span>
        ))}
      </p>
      {next ? (
        <p>
          {a.capacityMode === 'series' ? t('activity.seriesFrom') : t('activity.next')}{' '}
          {sessionInWords(next.startsAt, locale, timeZone)}
          {' — '}
          {left === null
            ? t('activity.open')
            : left > 0
              ? t('activity.placesLeft', { count: left })
              : t('activity.full')}
        </p>
      ) : (
        <p className="activities-muted">{t('activity.noSession')}</p>
      )}
      <ButtonLink
        to={`/c/${encodeURIComponent(slug)}/activites/${a.id}`}
        icon="arrow-forward"
        aria-label={`${t('list.see')} — ${a.title}`}
      >
        {t('list.see')}
      </ButtonLink>
    </Card>
  );
}

/** `/c/:slug/activites`: the activities (by category) and my household's registrations. */
export function ActivitiesPage() {
  const { t } = useTranslation('activities');
  return (
    <ActivitiesFrame title={t('list.title')} lead={<p>{t('list.lead')}</p>}>
      {(membership) => {
        const { id: communityId, slug, timeZone } = membership.community;
        return (
          <Activities
            communityId={communityId}
            slug={slug}
            timeZone={timeZone}
            team={TEAM_ROLES.includes(membership.role)}
          />
        );
      }}
    </ActivitiesFrame>
  );
}

function Activities({
  communityId,
  slug,
  timeZone,
  team,
}: {
  communityId: string;
  slug: string;
  timeZone: string;
  team: boolean;
}) {
  const { t } = useTranslation('activities');
  const [category, setCategory] = useState('');
  const list = useQuery(ActivitiesDocument, { variables: { communityId } });
  const mine = useQuery(MyRegistrationsDocument, {
    variables: { communityId },
    fetchPolicy: 'cache-and-network',
  });
  const activities = (list.data?.activities ?? []).filter(
    (a) => !category || a.category.id === category,
  );
  return (
    <>
      {team && (
        <p>
          <ButtonLink
            variant="secondary"
            icon="settings"
            to={`/c/${encodeURIComponent(slug)}/activites/gestion`}
          >
            {t('list.manage')}
          </ButtonLink>
        </p>
      )}
      {mine.data && mine.data.myRegistrations.length > 0 && (
        <section aria-labelledby="my-registrations" className="activities-section">
          <h2 id="my-registrations">{t('list.mine')}</h2>
          <ul className="activities-list">
            {mine.data.myRegistrations.map((r) => (
              <RegistrationItem
                key={r.id}
                registration={r}
                communityId={communityId}
                timeZone={timeZone}
              />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="all-activities" className="activities-section">
        <h2 id="all-activities">{t('list.all')}</h2>
        {list.error ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : !list.data ? (
          <LoadingRegion label={t('list.title')}>
            <Skeleton lines={4} />
          </LoadingRegion>
        ) : (
          <>
            <Select
              id="activities-category"
              label={t('list.category')}
              value={category}
              onChange={(e) => setCategory(e.target.value)}
              options={[
                { value: '', label: t('list.allCategories') },
                ...list.data.activityCategories.map((c) => ({ value: c.id, label: c.name })),
              ]}
            />
            {activities.length === 0 ? (
              <p>{t('list.empty')}</p>
            ) : (
              <ul className="activities-cards">
                {activities.map((a) => (
                  <ActivityCard key={a.id} activity={a} slug={slug} timeZone={timeZone} />
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </>
  );
}
