import { useQuery } from '@apollo/client/react';
import { IDEA_LIMITS, IDEA_STATUSES, type IdeaStatus } from '@palier/shared';
import {
  IdeaCategoriesDocument,
  IdeasDocument,
  type IdeaFieldsFragment,
  type IdeaFilter,
} from '@palier/web-data-access';
import { LoadError, RequireRole, useDocumentTitle, type MyMembership } from '@palier/web-session';
import {
  Button,
  ButtonLink,
  Card,
  Icon,
  Link,
  LoadingRegion,
  PageLayout,
  Select,
  Skeleton,
  TextField,
} from '@palier/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ideasPath, StatusBadge, useIdeasLive } from './idea-parts';

const STAFF = ['staff', 'builder', 'admin'];

function IdeaCard({ idea, slug }: { idea: IdeaFieldsFragment; slug: string }) {
  const { t } = useTranslation('ideas');
  return (
    <Card as="article" className="ideas-card">
      <h3 className="ideas-card__title">
        <Link to={ideasPath(slug, idea.id)}>{idea.title}</Link>
      </h3>
      <p className="ideas-card__meta">
        <StatusBadge status={idea.status} />
        <span>{idea.category.name}</span>
        {idea.hidden && <span className="ideas-tag">{t('card.hidden')}</span>}
      </p>
      <p className="ideas-card__meta">
        <span data-testid="idea-support-count">
          <Icon name="users" /> {t('card.supports', { count: idea.supportCount })}
        </span>
        <span>{t('card.comments', { count: idea.commentCount })}</span>
        <span>{t('card.by', { name: idea.author.displayName })}</span>
      </p>
      {idea.latestAnswer && (
        <p className="ideas-card__answer">
          <strong>{t('card.answer')}</strong> {idea.latestAnswer}
        </p>
      )}
    </Card>
  );
}

/** The filters, kept in the address (so "Retour" and a shared link keep them). */
function useFilter(): [IdeaFilter, (f: IdeaFilter) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('etape');
  const filter: IdeaFilter = {
    status: (IDEA_STATUSES as readonly string[]).includes(status ?? '')
      ? (status as IdeaStatus)
      : null,
    categoryId: params.get('categorie') || null,
    search: params.get('q') || null,
    sort: params.get('ordre') === 'soutiens' ? 'most_supported' : 'newest',
  };
  const set = (f: IdeaFilter) => {
    const next = new URLSearchParams();
    if (f.status) next.set('etape', f.status);
    if (f.categoryId) next.set('categorie', f.categoryId);
    if (f.search) next.set('q', f.search);
    if (f.sort === 'most_supported') next.set('ordre', 'soutiens');
    setParams(next);
  };
  return [filter, set];
}

function Filters({
  communityId,
  filter,
  onApply,
}: {
  communityId: string;
  filter: IdeaFilter;
  onApply: (f: IdeaFilter) => void;
}) {
  const { t } = useTranslation('ideas');
  const id = useId();
  const categories = useQuery(IdeaCategoriesDocument, { variables: { communityId } });
  const [search, setSearch] = useState(filter.search ?? '');
  const [status, setStatus] = useState<string>(filter.status ?? '');
  const [categoryId, setCategoryId] = useState(filter.categoryId ?? '');
  const [sort, setSort] = useState<string>(filter.sort ?? 'newest');
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      search: search.trim() || null,
      status: (status || null) as IdeaStatus | null,
      categoryId: categoryId || null,
      sort: sort === 'most_supported' ? 'most_supported' : 'newest',
    });
  };
  const reset = () => {
    setSearch('');
    setStatus('');
    setCategoryId('');
    setSort('newest');
    onApply({ sort: 'newest' });
  };
  return (
    <details
      className="ideas-filters"
      open={Boolean(filter.search || filter.status || filter.categoryId) || undefined}
    >
      <summary>
        <Icon name="chevron-down" /> {t('filters.title')}
      </summary>
      <form onSubmit={apply} className="ideas-filters__form" role="search">
        <TextField
          id={`${id}-search`}
          type="search"
          label={t('filters.search')}
          hint={t('filters.searchHint')}
          value={search}
          maxLength={IDEA_LIMITS.searchMax}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="ideas-search"
        />
        <Select
          id={`${id}-status`}
          label={t('filters.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          options={[
            { value: '', label: t('filters.any') },
            ...IDEA_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
          data-testid="ideas-status-filter"
        />
        <Select
          id={`${id}-category`}
          label={t('filters.category')}
          value={categoryId}
          onChange={(e) => setCategoryId(e.target.value)}
          options={[
            { value: '', label: t('filters.any') },
            ...(categories.data?.ideaCategories ?? []).map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
        <Select
          id={`${id}-sort`}
          label={t('filters.sort')}
          value={sort}
          onChange={(e) => setSort(e.target.value)}
          options={[
            { value: 'newest', label: t('filters.newest') },
            { value: 'most_supported', label: t('filters.mostSupported') },
          ]}
          data-testid="ideas-sort"
        />
        <div className="ideas-actions">
          <Button type="submit" icon="eye" data-testid="ideas-apply">
            {t('filters.apply')}
          </Button>
          <Button variant="secondary" onClick={reset}>
            {t('filters.reset')}
          </Button>
        </div>
      </form>
    </details>
  );
}

function IdeasList({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('ideas');
  const { t: tc } = useTranslation();
  const community = membership.community;
  const [filter, setFilter] = useFilter();
  const { data, loading, error, refetch, fetchMore } = useQuery(IdeasDocument, {
    variables: { communityId: community.id, filter },
    fetchPolicy: 'cache-and-network',
  });
  useDocumentTitle(t('page.title'));
  useIdeasLive(community.id);
  const filtered = Boolean(filter.search || filter.status || filter.categoryId);
  const page = data?.ideas;
  return (
    <PageLayout title={t('page.title')} lead={<p>{t('page.lead')}</p>}>
      <div className="ideas-actions">
        <ButtonLink to={`${ideasPath(community.slug)}/nouvelle`} data-testid="ideas-propose">
          <Icon name="plus" /> {t('page.propose')}
        </ButtonLink>
        {STAFF.includes(membership.role) && (
          <ButtonLink variant="secondary" to={`${ideasPath(community.slug)}/categories`}>
            <Icon name="settings" /> {t('page.categories')}
          </ButtonLink>
        )}
      </div>
      <Filters
        key={JSON.stringify(filter)}
        communityId={community.id}
        filter={filter}
        onApply={setFilter}
      />
      <section aria-labelledby="ideas-list" className="ideas-section">
        <h2 id="ideas-list">{t('page.listTitle')}</h2>
        {loading && !data ? (
          <LoadingRegion label={tc('common.loading')}>
            <Skeleton lines={3} />
            <Skeleton lines={3} />
          </LoadingRegion>
        ) : error && !data ? (
          <LoadError error={error} onRetry={() => void refetch()} />
        ) : page?.edges.length ? (
          <ul className="ideas-list" data-testid="ideas-list">
            {page.edges.map(({ node }) => (
              <li key={node.id}>
                <IdeaCard idea={node} slug={community.slug} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{filtered ? t('page.emptyFiltered') : t('page.empty')}</p>
        )}
        {page?.hasNextPage && (
          <Button
            variant="secondary"
            onClick={() =>
              void fetchMore({
                variables: { after: page.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  ideas: {
                    ...fetchMoreResult.ideas,
                    edges: [...previous.ideas.edges, ...fetchMoreResult.ideas.edges],
                  },
                }),
              })
            }
          >
            {t('page.more')}
          </Button>
        )}
      </section>
    </PageLayout>
  );
}

/** `/c/:slug/idees`: the community's ideas, with filters, order and search. */
export function IdeasPage() {
  const { slug = '' } = useParams();
  return (
    <RequireRole slug={slug}>{(membership) => <IdeasList membership={membership} />}</RequireRole>
  );
}
