import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActivitiesDocument,
  SaveActivityDocument,
  serverMessageOf,
  type CapacityMode,
} from '@palier/web-data-access';
import { LoadError, type MyMembership } from '@palier/web-session';
import {
  Alert,
  Button,
  Link,
  LoadingRegion,
  RadioGroup,
  Select,
  Skeleton,
  TextArea,
  TextField,
} from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ActivitiesFrame, TEAM_ROLES } from './activities-frame';

const numberOrNull = (value: string) => (value.trim() ? Number(value) : null);

function NewActivity({
  communityId,
  slug,
  categories,
}: {
  communityId: string;
  slug: string;
  categories: { id: string; name: string }[];
}) {
  const { t } = useTranslation('activities');
  const navigate = useNavigate();
  const [f, setF] = useState({
    title: '',
    description: '',
    categoryId: '',
    place: '',
    ageMin: '',
    ageMax: '',
    priceNote: '',
    visibility: 'members',
    capacityMode: 'session',
    seriesCapacity: '',
    cancelCutoffHours: '24',
  });
  const set = (field: keyof typeof f) => (value: string) => setF((x) => ({ ...x, [field]: value }));
  const [problem, setProblem] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SaveActivityDocument, {
    refetchQueries: [{ query: ActivitiesDocument, variables: { communityId } }],
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const res = await save({
        variables: {
          communityId,
          input: {
            title: f.title,
            description: f.description,
            categoryId: f.categoryId || categories[0].id,
            place: f.place,
            ageMin: numberOrNull(f.ageMin),
            ageMax: numberOrNull(f.ageMax),
            priceNote: f.priceNote,
            visibility: f.visibility as 'members' | 'public',
            capacityMode: f.capacityMode as CapacityMode,
            seriesCapacity: f.capacityMode === 'series' ? numberOrNull(f.seriesCapacity) : null,
            cancelCutoffHours: Number(f.cancelCutoffHours) || 0,
          },
        },
      });
      const id = res.data?.saveActivity;
      if (id) void navigate(`/c/${encodeURIComponent(slug)}/activites/${id}/inscrits`);
    } catch (error) {
      setProblem(serverMessageOf(error) ?? t('common.failed'));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="activities-section" noValidate>
      <h2>{t('manage.newTitle')}</h2>
      {problem && <Alert tone="error">{problem}</Alert>}
      <TextField
        id="activity-title"
        label={t('manage.title')}
        value={f.title}
        onChange={(e) => set('title')(e.target.value)}
      />
      <Select
        id="activity-category"
        label={t('activity.category')}
        value={f.categoryId || categories[0]?.id}
        onChange={(e) => set('categoryId')(e.target.value)}
        options={categories.map((c) => ({ value: c.id, label: c.name }))}
      />
      <TextArea
        id="activity-description"
        label={t('manage.description')}
        value={f.description}
        onChange={(e) => set('description')(e.target.value)}
      />
      <TextField
        id="activity-place"
        label={t('activity.place')}
        value={f.place}
        onChange={(e) => set('place')(e.target.value)}
      />
      <TextField
        id="activity-age-min"
        inputMode="numeric"
        width="short"
        label={t('manage.ageMin')}
        value={f.ageMin}
        onChange={(e) => set('ageMin')(e.target.value)}
      />
      <TextField
        id="activity-age-max"
        inputMode="numeric"
        width="short"
        label={t('manage.ageMax')}
        value={f.ageMax}
        onChange={(e) => set('ageMax')(e.target.value)}
      />
      <TextField
        id="activity-price"
        label={t('activity.price')}
        hint={t('manage.priceHint')}
        value={f.priceNote}
        onChange={(e) => set('priceNote')(e.target.value)}
      />
      <RadioGroup
        id="activity-visibility"
        name="activity-visibility"
        legend={t('manage.visibility')}
        value={f.visibility}
        onChange={set('visibility')}
        options={[
          { value: 'members', label: t('manage.members') },
          { value: 'public', label: t('manage.public') },
        ]}
      />
      <RadioGroup
        id="activity-capacity-mode"
        name="activity-capacity-mode"
        legend={t('manage.capacityMode')}
        value={f.capacityMode}
        onChange={set('capacityMode')}
        options={[
          { value: 'session', label: t('manage.perSession') },
          { value: 'series', label: t('manage.perSeries') },
        ]}
      />
      {f.capacityMode === 'series' && (
        <TextField
          id="activity-series-capacity"
          inputMode="numeric"
          width="short"
          label={t('manage.seriesCapacity')}
          value={f.seriesCapacity}
          onChange={(e) => set('seriesCapacity')(e.target.value)}
        />
      )}
      <TextField
        id="activity-cutoff"
        inputMode="numeric"
        width="short"
        label={t('manage.cutoff')}
        value={f.cancelCutoffHours}
        onChange={(e) => set('cancelCutoffHours')(e.target.value)}
      />
      <Button type="submit" icon="plus" disabled={loading}>
        {t('manage.create')}
      </Button>
    </form>
  );
}

function Manage({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('activities');
  const { id: communityId, slug } = membership.community;
  const list = useQuery(ActivitiesDocument, { variables: { communityId } });
  if (list.error) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data)
    return (
      <LoadingRegion label={t('manage.pageTitle')}>
        <Skeleton lines={5} />
      </LoadingRegion>
    );
  return (
    <>
      <section aria-labelledby="manage-list" className="activities-section">
        <h2 id="manage-list">{t('manage.listTitle')}</h2>
        <ul className="activities-list">
          {list.data.activities.map((a) => (
            <li key={a.id}>
              <Link to={`/c/${encodeURIComponent(slug)}/activites/${a.id}/inscrits`}>
                <bdi lang="fr">{a.title}</bdi>
              </Link>{' '}
              <span className="activities-muted">
                — <bdi lang="fr">{a.category.name}</bdi> —{' '}
                {t('manage.sessions', { count: a.sessions.length })}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <NewActivity
        communityId={communityId}
        slug={slug}
        categories={list.data.activityCategories}
      />
    </>
  );
}

/** `/c/:slug/activites/gestion`: staff's activities, and a new one. */
export function ManagePage() {
  const { t } = useTranslation('activities');
  return (
    <ActivitiesFrame roles={TEAM_ROLES} title={t('manage.pageTitle')}>
      {(membership) => <Manage membership={membership} />}
    </ActivitiesFrame>
  );
}
