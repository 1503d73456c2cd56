import { useMutation, useQuery } from '@apollo/client/react';
import {
  PollsDocument,
  PollSettingsDocument,
  SetResidentsMayCreatePollsDocument,
  type PollFieldsFragment,
} from '@palier/web-data-access';
import { formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { LoadError, RequireRole, type MyMembership } from '@palier/web-session';
import { ButtonLink, Card, CheckboxGroup, LoadingRegion, Skeleton } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PollFrame, TEAM_ROLES } from './poll-frame';

const GROUPS = ['open', 'upcoming', 'closed'] as const;

function PollCard({ poll, slug }: { poll: PollFieldsFragment; slug: string }) {
  const { t } = useTranslation('polls');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const date = (value: string) => formatDateTimeInWords(value, locale, poll.timeZone, tc);
  return (
    <Card as="li" className="poll-card" data-testid="poll-card">
      <h3 lang="fr">{poll.title}</h3>
      <p className="polls-muted">
        {t(`kind.${poll.kind}`)} —{' '}
        {poll.status === 'open'
          ? t('list.closesOn', { date: date(poll.closesAt) })
          : poll.status === 'upcoming'
            ? t('list.opensOn', { date: date(poll.opensAt) })
            : t('list.closedOn', { date: date(poll.closesAt) })}
      </p>
      {poll.status !== 'upcoming' && (
        <p className="polls-muted">{poll.hasVoted ? t('list.voted') : t('list.notVoted')}</p>
      )}
      <ButtonLink
        to={`/c/${encodeURIComponent(slug)}/sondages/${poll.id}`}
        variant={poll.canVote && !poll.hasVoted ? 'primary' : 'secondary'}
        aria-label={`${poll.canVote && !poll.hasVoted ? t('list.answer') : t('list.see')} — ${poll.title}`}
      >
        {poll.canVote && !poll.hasVoted ? t('list.answer') : t('list.see')}
      </ButtonLink>
    </Card>
  );
}

/** Builders and admins: whether residents may create polls too (saved at once). */
function CreationSetting({ communityId, allowed }: { communityId: string; allowed: boolean }) {
  const { t } = useTranslation('polls');
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SetResidentsMayCreatePollsDocument, {
    refetchQueries: [{ query: PollSettingsDocument, variables: { communityId } }],
  });
  return (
    <div className="polls-section">
      <CheckboxGroup
        id="polls-residents-may-create"
        name="residentsMayCreate"
        legend={t('list.settingsLegend')}
        options={[{ value: 'yes', label: t('list.residentsMayCreate') }]}
        value={allowed ? ['yes'] : []}
        disabled={loading}
        onChange={(value) =>
          void save({ variables: { communityId, allowed: value.includes('yes') } }).then(() =>
            setSaved(true),
          )
        }
      />
      <p role="status" className="polls-muted">
        {saved ? t('list.settingsSaved') : ''}
      </p>
    </div>
  );
}

function Polls({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('polls');
  const { id: communityId, slug } = membership.community;
  const { data, error, refetch } = useQuery(PollsDocument, {
    variables: { communityId },
    fetchPolicy: 'cache-and-network',
  });
  const settings = useQuery(PollSettingsDocument, { variables: { communityId } });
  const residentsMayCreate = settings.data?.pollSettings.residentsMayCreate ?? false;
  const isBuilder = membership.role === 'builder' || membership.role === 'admin';
  return (
    <PollFrame title={t('list.title')} lead={<p>{t('list.lead')}</p>}>
      {(TEAM_ROLES.includes(membership.role) || residentsMayCreate) && (
        <p>
          <ButtonLink to={`/c/${encodeURIComponent(slug)}/sondages/nouveau`} icon="plus">
            {t('list.create')}
          </ButtonLink>
        </p>
      )}
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingRegion label={t('list.title')}>
          <Skeleton lines={4} />
        </LoadingRegion>
      ) : data.polls.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        GROUPS.map((status) => {
          const polls = data.polls.filter((p) => p.status === status);
          return polls.length ? (
            <section key={status} aria-labelledby={`polls-${status}`} className="polls-section">
              <h2 id={`polls-${status}`}>{t(`list.${status}`)}</h2>
              <ul className="polls-list">
                {polls.map((p) => (
                  <PollCard key={p.id} poll={p} slug={slug} />
                ))}
              </ul>
            </section>
          ) : null;
        })
      )}
      {isBuilder && settings.data && (
        <CreationSetting communityId={communityId} allowed={residentsMayCreate} />
      )}
    </PollFrame>
  );
}

/** `/c/:slug/sondages`: the polls of the community, open ones first. */
export function PollsPage() {
  const { slug = '' } = useParams();
  return <RequireRole slug={slug}>{(membership) => <Polls membership={membership} />}</RequireRole>;
}
