import { useMutation } from '@apollo/client/react';
import {
  CommunitySettingsDocument,
  PublishDocumentDocument,
  type CommunityDocumentFieldsFragment,
  type DocumentKind,
} from '@palier/web-data-access';
import { formatDateInWords, useLocale } from '@palier/web-i18n';
import { Alert, Button, TextArea } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormErrorSummary,
  useFieldErrorText,
  useFormErrors,
  type FormError,
} from '../shared/form-errors';
import { FormFailure } from '../shared/form-failure';
import type { SectionProps } from './profile-section';

interface DocumentFormProps extends SectionProps {
  kind: DocumentKind;
  current: CommunityDocumentFieldsFragment;
}

/** One text (the charter or the privacy notice): the version in force, and a new version. */
function DocumentForm({ community, notify, kind, current }: DocumentFormProps) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [summary, setSummary] = useState(current.summary);
  const [body, setBody] = useState(current.body);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useFormErrors();
  const errorText = useFieldErrorText();
  const [publish, { loading }] = useMutation(PublishDocumentDocument, {
    refetchQueries: [{ query: CommunitySettingsDocument, variables: { slug: community.slug } }],
    awaitRefetchQueries: true,
  });
  const ids = { summary: `${kind}-summary`, body: `${kind}-body` };
  const name =
    kind === 'charter' ? t('settings.documents.charter') : t('settings.documents.privacy');
  const labels = {
    summary: t('settings.documents.summaryLabel'),
    body: t('settings.documents.bodyLabel'),
  };

  const messageFor = (field: string, code: string): FormError =>
    field === 'summary'
      ? { fieldId: ids.summary, message: errorText(code, labels.summary) }
      : { fieldId: ids.body, message: errorText(code, labels.body) };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    const local: FormError[] = [];
    if (!summary.trim()) local.push(messageFor('summary', 'required'));
    if (!body.trim()) local.push(messageFor('body', 'required'));
    if (
      !local.length &&
      summary.trim() === current.summary.trim() &&
      body.trim() === current.body.trim()
    ) {
      local.push({ fieldId: ids.body, message: t('settings.documents.unchanged') });
    }
    if (local.length) {
      form.show(local);
      return;
    }
    form.clear();
    try {
      const { data } = await publish({
        variables: {
          communityId: community.id,
          kind,
          input: { summary: summary.trim(), body: body.trim() },
        },
      });
      notify(
        t('settings.documents.published', {
          name,
          version: data?.publishDocument.version ?? current.version + 1,
        }),
      );
    } catch (error) {
      if (
        !form.showApiProblems(error, (fields) => fields.map((p) => messageFor(p.field, p.code)))
      ) {
        setFailure(error);
      }
    }
  };

  return (
    <div className="staff-subsection" data-testid={`document-${kind}`}>
      <h3>{name}</h3>
      <p data-testid={`document-${kind}-version`}>
        {t('settings.documents.current', {
          version: current.version,
          date: formatDateInWords(current.publishedAt, locale, community.timeZone),
        })}
      </p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <FormErrorSummary form={form} />
        <FormFailure error={failure} />
        <TextArea
          id={ids.summary}
          label={labels.summary}
          hint={t('settings.documents.summaryHint')}
          error={form.errorOf(ids.summary)}
          errorPrefix={tc('common.errorPrefix')}
          value={summary}
          onChange={(event) => setSummary(event.currentTarget.value)}
          rows={4}
          lang="fr"
        />
        <TextArea
          id={ids.body}
          label={labels.body}
          hint={t('settings.documents.bodyHint')}
          error={form.errorOf(ids.body)}
          errorPrefix={tc('common.errorPrefix')}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          rows={10}
          lang="fr"
        />
        <Alert tone="info" title={t('settings.documents.warningTitle')}>
          <p>{t('settings.documents.warning')}</p>
        </Alert>
        <Button type="submit" disabled={loading}>
          {kind === 'charter'
            ? t('settings.documents.publishCharter', { version: current.version + 1 })
            : t('settings.documents.publishPrivacy', { version: current.version + 1 })}
        </Button>
      </form>
    </div>
  );
}

/** The charter and the privacy notice: versioned; a new version is accepted again by everyone. */
export function DocumentsSection(props: SectionProps) {
  return (
    <>
      <DocumentForm {...props} kind="charter" current={props.community.charter} />
      <DocumentForm {...props} kind="privacy_notice" current={props.community.privacyNotice} />
    </>
  );
}
