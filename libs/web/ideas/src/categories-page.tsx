import { useMutation, useQuery } from '@apollo/client/react';
import { IDEA_LIMITS } from '@palier/shared';
import {
  IdeaCategoriesDocument,
  SaveIdeaCategoryDocument,
  fieldProblemsOf,
  serverMessageOf,
  type IdeaCategoriesQuery,
} from '@palier/web-data-access';
import { LoadError, RequireRole, useDocumentTitle, type MyMembership } from '@palier/web-session';
import {
  Alert,
  Button,
  Card,
  Link,
  LoadingRegion,
  PageLayout,
  Skeleton,
  TextField,
  Toast,
} from '@palier/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ideasPath } from './idea-parts';

type Category = IdeaCategoriesQuery['ideaCategories'][number];
type Save = (categoryId: string | null, name: string, archived: boolean) => Promise<string | null>;

/** The words for the API's refusal of a name (taken, too long…). */
function useSave(communityId: string): [Save, boolean] {
  const { t } = useTranslation('ideas');
  const { t: tc } = useTranslation();
  const [save, { loading }] = useMutation(SaveIdeaCategoryDocument, {
    refetchQueries: [IdeaCategoriesDocument],
  });
  const run: Save = async (categoryId, name, archived) => {
    if (!name.trim()) return t('categories.nameRequired');
    if (name.trim().length > IDEA_LIMITS.categoryNameMax) return t('categories.nameLong');
    try {
      await save({ variables: { communityId, categoryId, input: { name, archived } } });
      return null;
    } catch (error) {
      const codes = fieldProblemsOf(error).map((f) => f.code);
      if (codes.includes('taken')) return t('categories.taken');
      if (codes.includes('out_of_range')) return t('categories.tooMany');
      if (codes.includes('too_long')) return t('categories.nameLong');
      return serverMessageOf(error) ?? tc('errors.INTERNAL');
    }
  };
  return [run, loading];
}

function CategoryRow({
  category,
  communityId,
  notify,
}: {
  category: Category;
  communityId: string;
  notify: (m: string) => void;
}) {
  const { t } = useTranslation('ideas');
  const { t: tc } = useTranslation();
  const id = useId();
  const [name, setName] = useState(category.name);
  const [error, setError] = useState<string | null>(null);
  const [save, loading] = useSave(communityId);
  const run = async (archived: boolean, event?: FormEvent) => {
    event?.preventDefault();
    const problem = await save(
      category.id,
      archived === category.archived ? name : category.name,
      archived,
    );
    setError(problem);
    if (!problem) notify(t('categories.saved'));
  };
  return (
    <li>
      <Card className="ideas-category">
        <form onSubmit={(e) => void run(category.archived, e)} noValidate className="ideas-form">
          <TextField
            id={`${id}-name`}
            label={t('categories.rename', { name: category.name })}
            hint={category.archived ? t('categories.archived') : undefined}
            value={name}
            maxLength={IDEA_LIMITS.categoryNameMax}
            error={error}
            errorPrefix={tc('common.errorPrefix')}
            onChange={(e) => setName(e.target.value)}
          />
          <div className="ideas-actions">
            <Button type="submit" variant="secondary" disabled={loading}>
              {t('categories.save')}
            </Button>
            <Button
              variant="secondary"
              disabled={loading}
              onClick={() => void run(!category.archived)}
            >
              {category.archived
                ? t('categories.restore', { name: category.name })
                : t('categories.archive', { name: category.name })}
            </Button>
          </div>
        </form>
      </Card>
    </li>
  );
}

function Categories({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('ideas');
  const { t: tc } = useTranslation();
  const id = useId();
  const community = membership.community;
  const { data, loading, error, refetch } = useQuery(IdeaCategoriesDocument, {
    variables: { communityId: community.id },
  });
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const [save, saving] = useSave(community.id);
  useDocumentTitle(t('categories.title'));
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save(null, name, false);
    setProblem(result);
    if (!result) {
      setName('');
      setToast(t('categories.saved'));
    }
  };
  return (
    <PageLayout title={t('categories.title')} lead={<p>{t('categories.lead')}</p>}>
      <p>
        <Link to={ideasPath(community.slug)}>{t('idea.back')}</Link>
      </p>
      {loading && !data ? (
        <LoadingRegion label={tc('common.loading')}>
          <Skeleton lines={4} />
        </LoadingRegion>
      ) : error && !data ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <ul className="ideas-list">
          {(data?.ideaCategories ?? []).map((c) => (
            <CategoryRow
              key={`${c.id}-${c.name}-${c.archived}`}
              category={c}
              communityId={community.id}
              notify={setToast}
            />
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} noValidate className="ideas-form">
        {problem && <Alert tone="error">{problem}</Alert>}
        <TextField
          id={`${id}-new`}
          label={t('categories.name')}
          value={name}
          maxLength={IDEA_LIMITS.categoryNameMax}
          error={problem}
          errorPrefix={tc('common.errorPrefix')}
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="submit" icon="plus" disabled={saving}>
          {t('categories.add')}
        </Button>
      </form>
      <Toast message={toast} onDismiss={() => setToast(null)} dismissLabel={tc('common.close')} />
    </PageLayout>
  );
}

/** `/c/:slug/idees/categories`: the team keeps the list of idea categories. */
export function CategoriesPage() {
  const { slug = '' } = useParams();
  return (
    <RequireRole slug={slug} roles={['staff', 'builder', 'admin']}>
      {(membership) => <Categories membership={membership} />}
    </RequireRole>
  );
}
