import { useMutation, useQuery } from '@apollo/client/react';
import { IDEA_LIMITS } from '@palier/shared';
import {
  IdeaCategoriesDocument,
  IdeasDocument,
  SubmitIdeaDocument,
  fieldProblemsOf,
  serverMessageOf,
} from '@palier/web-data-access';
import { LoadError, RequireRole, useDocumentTitle, type MyMembership } from '@palier/web-session';
import {
  Alert,
  Button,
  ErrorSummary,
  Link,
  LoadingRegion,
  PageLayout,
  RadioGroup,
  Skeleton,
  TextArea,
  TextField,
} from '@palier/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CharacterCounter, ideasPath } from './idea-parts';
import { PhotoFields, sendIdeaPhoto } from './idea-photo';

type Field = 'title' | 'description' | 'categoryId';

/** What is wrong with the form before sending it, in the order of the fields. */
function check(title: string, description: string, categoryId: string): [Field, string][] {
  const problems: [Field, string][] = [];
  const trimmed = title.trim();
  if (!trimmed) problems.push(['title', 'form.titleRequired']);
  else if (/[\r\n]/.test(trimmed)) problems.push(['title', 'form.titleOneLine']);
  else if (trimmed.length < IDEA_LIMITS.titleMin) problems.push(['title', 'form.titleShort']);
  else if (trimmed.length > IDEA_LIMITS.titleMax) problems.push(['title', 'form.titleLong']);
  if (!description.trim()) problems.push(['description', 'form.descriptionRequired']);
  else if (description.trim().length > IDEA_LIMITS.descriptionMax)
    problems.push(['description', 'form.descriptionLong']);
  if (!categoryId) problems.push(['categoryId', 'form.categoryRequired']);
  return problems;
}

/** The API's field problems in the same words. */
function fromApi(field: string, code: string): [Field, string] | null {
  if (field === 'title')
    return [
      'title',
      code === 'too_long'
        ? 'form.titleLong'
        : code === 'too_short'
          ? 'form.titleShort'
          : code === 'invalid_format'
            ? 'form.titleOneLine'
            : 'form.titleRequired',
    ];
  if (field === 'description')
    return [
      'description',
      code === 'too_long' ? 'form.descriptionLong' : 'form.descriptionRequired',
    ];
  if (field === 'categoryId') return ['categoryId', 'form.categoryRequired'];
  return null;
}

function IdeaForm({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('ideas');
  const { t: tc } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const community = membership.community;
  const categories = useQuery(IdeaCategoriesDocument, {
    variables: { communityId: community.id },
  });
  const [submit, { loading }] = useMutation(SubmitIdeaDocument, {
    refetchQueries: [IdeasDocument],
  });
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [problems, setProblems] = useState<[Field, string][]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  useDocumentTitle(
    problems.length ? `${t('form.errorSummary')} — ${t('form.title')}` : t('form.title'),
  );

  // The first choice of a group carries the group's id: the summary's link lands there.
  const fieldId = (field: Field) => `${id}-${field === 'categoryId' ? 'category' : field}`;
  const errorOf = (field: Field) => {
    const problem = problems.find(([f]) => f === field);
    return problem ? t(problem[1] as 'form.titleRequired') : null;
  };
  const show = (list: [Field, string][]) => {
    setProblems(list);
    setAttempt((n) => n + 1);
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const local = check(title, description, categoryId);
    if (local.length) return show(local);
    try {
      const result = await submit({
        variables: { communityId: community.id, input: { title, description, categoryId } },
      });
      const ideaId = result.data?.submitIdea.id;
      if (!ideaId) return;
      // The photo follows the idea; if it is refused, the idea page says so and offers to retry.
      const problem = photo ? await sendIdeaPhoto(community.id, ideaId, photo, alt) : null;
      void navigate(`${ideasPath(community.slug, ideaId)}${problem ? '?photo=refusee' : ''}`);
    } catch (error) {
      const fields = fieldProblemsOf(error)
        .map((f) => fromApi(f.field, f.code))
        .filter((f): f is [Field, string] => f !== null);
      if (fields.length) show(fields);
      else setFailure(serverMessageOf(error) ?? tc('errors.INTERNAL'));
    }
  };

  if (categories.loading && !categories.data)
    return (
      <LoadingRegion label={tc('common.loading')}>
        <Skeleton shape="heading" />
        <Skeleton lines={4} />
      </LoadingRegion>
    );
  if (categories.error && !categories.data)
    return <LoadError error={categories.error} onRetry={() => void categories.refetch()} />;

  return (
    <PageLayout title={t('form.title')} lead={<p>{t('form.lead')}</p>}>
      <p>
        <Link to={ideasPath(community.slug)}>{t('form.back')}</Link>
      </p>
      <ErrorSummary
        key={attempt}
        title={t('form.errorSummary')}
        errors={problems.map(([field, key]) => ({
          fieldId: fieldId(field),
          message: t(key as 'form.titleRequired'),
        }))}
      />
      {failure && <Alert tone="error">{failure}</Alert>}
      <form onSubmit={(e) => void send(e)} noValidate className="ideas-form">
        <TextField
          id={`${id}-title`}
          label={t('form.ideaTitle')}
          hint={t('form.ideaTitleHint')}
          value={title}
          error={errorOf('title')}
          errorPrefix={tc('common.errorPrefix')}
          onChange={(e) => setTitle(e.target.value)}
          autoComplete="off"
          data-testid="idea-title"
        />
        <CharacterCounter value={title} max={IDEA_LIMITS.titleMax} />
        <TextArea
          id={`${id}-description`}
          label={t('form.description')}
          hint={t('form.descriptionHint')}
          value={description}
          rows={6}
          error={errorOf('description')}
          errorPrefix={tc('common.errorPrefix')}
          onChange={(e) => setDescription(e.target.value)}
          data-testid="idea-description"
        />
        <CharacterCounter value={description} max={IDEA_LIMITS.descriptionMax} />
        <RadioGroup
          id={`${id}-category`}
          name="category"
          legend={t('form.category')}
          value={categoryId}
          onChange={setCategoryId}
          error={errorOf('categoryId')}
          errorPrefix={tc('common.errorPrefix')}
          options={(categories.data?.ideaCategories ?? []).map((c) => ({
            value: c.id,
            label: c.name,
          }))}
        />
        <PhotoFields id={id} alt={alt} onFile={setPhoto} onAlt={setAlt} />
        <Button type="submit" icon="check" disabled={loading} data-testid="idea-submit">
          {loading ? t('form.sending') : t('form.submit')}
        </Button>
      </form>
    </PageLayout>
  );
}

/** `/c/:slug/idees/nouvelle`: propose an idea (title, description, category). */
export function IdeaFormPage() {
  const { slug = '' } = useParams();
  return (
    <RequireRole slug={slug}>{(membership) => <IdeaForm membership={membership} />}</RequireRole>
  );
}
