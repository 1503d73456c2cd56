import { useMutation, useQuery } from '@apollo/client/react';
import {
  IDEA_LIMITS,
  IDEA_OUTCOME_STATUSES,
  IDEA_TRANSITIONS,
  type IdeaOutcomeKind,
} from '@palier/shared';
import {
  ChangeIdeaStatusDocument,
  IdeaHistoryDocument,
  IdeasDocument,
  MergeIdeaDocument,
  SetIdeaOutcomeDocument,
  fieldProblemsOf,
  serverMessageOf,
  type IdeaFieldsFragment,
} from '@palier/web-data-access';
import { Alert, Button, Card, Icon, RadioGroup, Select, TextArea, TextField } from '@palier/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CharacterCounter, ideasPath } from './idea-parts';

interface PanelProps {
  communityId: string;
  slug: string;
  idea: IdeaFieldsFragment;
  notify: (message: string) => void;
}

/** The next step of an idea with the centre's answer (required), sent to author and supporters. */
function StatusForm({ communityId, idea, notify }: PanelProps) {
  const { t } = useTranslation('ideas');
  const { t: tc } = useTranslation();
  const id = useId();
  const next = IDEA_TRANSITIONS[idea.status];
  const [status, setStatus] = useState<string | undefined>(next.length === 1 ? next[0] : undefined);
  const [answer, setAnswer] = useState('');
  const [errors, setErrors] = useState<{ status?: string; answer?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [change, { loading }] = useMutation(ChangeIdeaStatusDocument, {
    refetchQueries: [IdeaHistoryDocument, IdeasDocument],
  });
  if (!next.length) return <p>{t('staff.noNext')}</p>;
  const send = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = {
      status: status ? undefined : t('staff.statusRequired'),
      answer: !answer.trim()
        ? t('staff.answerRequired')
        : answer.trim().length > IDEA_LIMITS.answerMax
          ? t('staff.answerLong')
          : undefined,
    };
    setErrors(found);
    if (found.status || found.answer || !status) return;
    try {
      await change({
        variables: {
          communityId,
          ideaId: idea.id,
          input: { status: status as IdeaFieldsFragment['status'], answer },
        },
      });
      setAnswer('');
      setStatus(undefined);
      notify(t('staff.changed'));
    } catch (error) {
      if (fieldProblemsOf(error).some((f) => f.field === 'answer'))
        setErrors({ answer: t('staff.answerRequired') });
      else setFailure(serverMessageOf(error) ?? tc('errors.INTERNAL'));
    }
  };
  return (
    <form
      onSubmit={(e) => void send(e)}
      noValidate
      className="ideas-form"
      data-testid="idea-status-form"
    >
      {failure && <Alert tone="error">{failure}</Alert>}
      <RadioGroup
        id={`${id}-status`}
        name={`${id}-status`}
        legend={t('staff.status')}
        value={status}
        onChange={setStatus}
        error={errors.status}
        errorPrefix={tc('common.errorPrefix')}
        options={next.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <TextArea
        id={`${id}-answer`}
        label={t('staff.answer')}
        hint={t('staff.answerHint')}
        rows={4}
        value={answer}
        error={errors.answer}
        errorPrefix={tc('common.errorPrefix')}
        onChange={(e) => setAnswer(e.target.value)}
        data-testid="idea-answer"
      />
      <CharacterCounter value={answer} max={IDEA_LIMITS.answerMax} />
      <Button type="submit" disabled={loading} data-testid="idea-status-save">
        {t('staff.change')}
      </Button>
    </form>
  );
}

/** Merge this idea (a duplicate) into another open one. */
function MergeForm({ communityId, slug, idea, notify }: PanelProps) {
  const { t } = useTranslation('ideas');
  const { t: tc } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const others = useQuery(IdeasDocument, { variables: { communityId, filter: {} } });
  const [intoId, setIntoId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [merge, { loading }] = useMutation(MergeIdeaDocument, { refetchQueries: [IdeasDocument] });
  const choices = (others.data?.ideas.edges ?? [])
    .map((e) => e.node)
    .filter((o) => o.id !== idea.id);
  if (!choices.length) return <p>{t('staff.mergeNone')}</p>;
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!intoId) return setError(t('staff.mergeChoose'));
    setError(null);
    try {
      await merge({ variables: { communityId, ideaId: idea.id, intoId } });
      notify(t('staff.saved'));
      void navigate(ideasPath(slug, intoId));
    } catch (e) {
      setError(serverMessageOf(e) ?? tc('errors.INTERNAL'));
    }
  };
  return (
    <form onSubmit={(e) => void send(e)} noValidate className="ideas-form">
      <p>{t('staff.mergeHint')}</p>
      <Select
        id={`${id}-into`}
        label={t('staff.mergeInto')}
        value={intoId}
        error={error}
        errorPrefix={tc('common.errorPrefix')}
        onChange={(e) => setIntoId(e.target.value)}
        options={[
          { value: '', label: t('staff.mergeChoose') },
          ...choices.map((o) => ({ value: o.id, label: o.title })),
        ]}
      />
      <Button type="submit" variant="secondary" disabled={loading}>
        {t('staff.mergeSubmit')}
      </Button>
    </form>
  );
}

/** What an accepted idea became: an activity or a collective project, by its name. */
function OutcomeForm({ communityId, idea, notify }: PanelProps) {
  const { t } = useTranslation('ideas');
  const { t: tc } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<IdeaOutcomeKind>(idea.outcome?.kind ?? 'collective_project');
  const [title, setTitle] = useState(idea.outcome?.title ?? '');
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetIdeaOutcomeDocument);
  if (!IDEA_OUTCOME_STATUSES.includes(idea.status)) return <p>{t('staff.outcomeOnlyAccepted')}</p>;
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError(t('staff.outcomeTitleRequired'));
    setError(null);
    try {
      await save({
        variables: { communityId, ideaId: idea.id, input: { kind, title, ref: idea.outcome?.ref } },
      });
      notify(t('staff.saved'));
    } catch (e) {
      setError(serverMessageOf(e) ?? tc('errors.INTERNAL'));
    }
  };
  return (
    <form onSubmit={(e) => void send(e)} noValidate className="ideas-form">
      <RadioGroup
        id={`${id}-kind`}
        name={`${id}-kind`}
        legend={t('staff.outcomeKind')}
        value={kind}
        onChange={(v) => setKind(v === 'activity' ? 'activity' : 'collective_project')}
        options={[
          { value: 'collective_project', label: t('staff.outcomeProject') },
          { value: 'activity', label: t('staff.outcomeActivity') },
        ]}
      />
      <TextField
        id={`${id}-title`}
        label={t('staff.outcomeTitle')}
        value={title}
        maxLength={IDEA_LIMITS.outcomeTitleMax}
        error={error}
        errorPrefix={tc('common.errorPrefix')}
        onChange={(e) => setTitle(e.target.value)}
      />
      <Button type="submit" variant="secondary" disabled={loading}>
        {t('staff.outcomeSubmit')}
      </Button>
    </form>
  );
}

/** The team's actions on one idea: answer and move it on, merge it, link what it became. */
export function IdeaStaffPanel(props: PanelProps) {
  const { t } = useTranslation('ideas');
  const id = useId();
  return (
    <Card as="section" className="ideas-staff" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('staff.title')}</h2>
      <StatusForm key={props.idea.status} {...props} />
      <details className="ideas-details">
        <summary>
          <Icon name="chevron-down" /> {t('staff.merge')}
        </summary>
        <MergeForm {...props} />
      </details>
      <details className="ideas-details">
        <summary>
          <Icon name="chevron-down" /> {t('staff.outcome')}
        </summary>
        <OutcomeForm key={props.idea.status} {...props} />
      </details>
    </Card>
  );
}
