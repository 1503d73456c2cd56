import { LoadError } from '@palier/web-session';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CommunityNewsDocument,
  PublishNewsDocument,
  RemoveNewsDocument,
} from '@palier/web-data-access';
import { formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { Button, Card, LoadingRegion, Skeleton, TextArea, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormErrorSummary,
  useFieldErrorText,
  useFormErrors,
  type FormError,
} from '../shared/form-errors';
import { FormFailure } from '../shared/form-failure';

export interface NewsManagerProps {
  community: { id: string; slug: string; timeZone: string };
  /** Says that something was done, in a toast. */
  notify: (message: string) => void;
  /** The level of the headings inside ("Publier une annonce", "Annonces en ligne"). */
  headingLevel: 2 | 3;
}

const IDS = { title: 'news-title', body: 'news-body' } as const;
const TITLE_MAX = 140;
const BODY_MAX = 5000;

/** Public announcements on the centre's page: publish one, see those online, remove one. */
export function NewsManager({ community, notify, headingLevel }: NewsManagerProps) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const form = useFormErrors();
  const errorText = useFieldErrorText();
  const { data, loading, error, refetch } = useQuery(CommunityNewsDocument, {
    variables: { slug: community.slug },
    fetchPolicy: 'cache-and-network',
  });
  const refetchQueries = [{ query: CommunityNewsDocument, variables: { slug: community.slug } }];
  const [publish, { loading: publishing }] = useMutation(PublishNewsDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [removeNews, { loading: removing }] = useMutation(RemoveNewsDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const labels = { title: t('news.titleLabel'), body: t('news.bodyLabel') };

  const messageFor = (field: string, code: string): FormError =>
    field === 'title'
      ? {
          fieldId: IDS.title,
          message: errorText(code, labels.title, { required: t('news.titleMissing') }),
        }
      : {
          fieldId: IDS.body,
          message: errorText(code, labels.body, { required: t('news.bodyMissing') }),
        };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (publishing) return;
    setFailure(null);
    const local: FormError[] = [];
    if (!title.trim()) local.push(messageFor('title', 'required'));
    else if (title.trim().length > TITLE_MAX) local.push(messageFor('title', 'too_long'));
    if (!body.trim()) local.push(messageFor('body', 'required'));
    else if (body.trim().length > BODY_MAX) local.push(messageFor('body', 'too_long'));
    if (local.length) {
      form.show(local);
      return;
    }
    form.clear();
    try {
      await publish({
        variables: { communityId: community.id, input: { title: title.trim(), body: body.trim() } },
      });
      notify(t('news.published', { title: title.trim() }));
      setTitle('');
      setBody('');
    } catch (error) {
      if (
        !form.showApiProblems(error, (fields) => fields.map((p) => messageFor(p.field, p.code)))
      ) {
        setFailure(error);
      }
    }
  };

  const remove = async (newsId: string, newsTitle: string) => {
    setFailure(null);
    try {
      await removeNews({ variables: { communityId: community.id, newsId } });
      notify(t('news.removed', { title: newsTitle }));
      document.getElementById(IDS.title)?.focus();
    } catch (error) {
      setFailure(error);
    }
  };

  const news = data?.community.news;
  let list;
  if (error && !news) {
    list = <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  } else if (!news) {
    list = loading && (
      <LoadingRegion label={tc('common.loading')}>
        <Skeleton shape="block" />
      </LoadingRegion>
    );
  } else if (news.length === 0) {
    list = <p data-testid="news-empty">{t('news.empty')}</p>;
  } else {
    list = (
      <ul className="staff-list" aria-label={t('news.listTitle')} data-testid="news-list">
        {news.map((item) => (
          <Card as="li" key={item.id} className="staff-item" data-testid="news-item">
            <p className="staff-item__strong" lang="fr" dir="auto">
              {item.title}
            </p>
            <p className="staff-item__meta">
              {t('news.publishedOn', {
                date: formatDateTimeInWords(item.publishedAt, locale, community.timeZone, tc),
              })}
            </p>
            <p className="staff-item__body" lang="fr" dir="auto">
              {item.body}
            </p>
            <Button
              variant="secondary"
              icon="close"
              disabled={removing}
              aria-label={t('news.removeNamed', { title: item.title })}
              onClick={() => void remove(item.id, item.title)}
            >
              {t('news.remove')}
            </Button>
          </Card>
        ))}
      </ul>
    );
  }

  return (
    <>
      <Heading>{t('news.publishTitle')}</Heading>
      <form noValidate onSubmit={(event) => void submit(event)} data-testid="news-form">
        <FormErrorSummary form={form} />
        <FormFailure error={failure} />
        <TextField
          id={IDS.title}
          label={labels.title}
          hint={t('news.titleHint')}
          error={form.errorOf(IDS.title)}
          errorPrefix={tc('common.errorPrefix')}
          value={title}
          maxLength={TITLE_MAX + 20}
          lang="fr"
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <TextArea
          id={IDS.body}
          label={labels.body}
          hint={t('news.bodyHint')}
          error={form.errorOf(IDS.body)}
          errorPrefix={tc('common.errorPrefix')}
          value={body}
          rows={5}
          lang="fr"
          onChange={(event) => setBody(event.currentTarget.value)}
        />
        <Button type="submit" disabled={publishing}>
          {t('news.submit')}
        </Button>
      </form>
      <Heading>{t('news.listTitle')}</Heading>
      {list}
    </>
  );
}
