import { useMutation } from '@apollo/client/react';
import {
  serverMessageOf,
  UpdatePollDocument,
  type PollQuery,
  type PollResultsVisibility,
} from '@palier/web-data-access';
import { localClockTime } from '@palier/web-i18n';
import { Alert, Button, CheckboxGroup, RadioGroup, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VISIBILITY } from './create-poll-page';

type Poll = PollQuery['poll'];

/** "YYYY-MM-DDTHH:mm" of an instant in a time zone, as a datetime-local field shows it. */
function localDateTime(value: string, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(value));
  return `${day}T${localClockTime(value, timeZone)}`;
}

/**
 * The team changes a running poll: its end, when results show, and — until the first ballot —
 * whether it is anonymous (the server refuses it afterwards, and so does the database).
 */
export function PollSettingsForm({ poll, communityId }: { poll: Poll; communityId: string }) {
  const { t } = useTranslation('polls');
  const [closesAt, setClosesAt] = useState(localDateTime(poll.closesAt, poll.timeZone));
  const [visibility, setVisibility] = useState<PollResultsVisibility>(poll.resultsVisibility);
  const [anonymous, setAnonymous] = useState(poll.anonymous);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [save, { loading }] = useMutation(UpdatePollDocument);
  const locked = poll.ballots > 0;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save({
        variables: {
          communityId,
          pollId: poll.id,
          input: {
            closesAt,
            resultsVisibility: visibility,
            ...(locked ? {} : { anonymous }),
          },
        },
      });
      setOutcome({ ok: true, text: t('edit.saved') });
    } catch (error) {
      setOutcome({ ok: false, text: serverMessageOf(error) ?? '' });
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="polls-section">
      <h3>{t('edit.title')}</h3>
      {outcome && (
        <Alert
          tone={outcome.ok ? 'success' : 'error'}
          title={<span lang="fr">{outcome.text}</span>}
        />
      )}
      <TextField
        id="poll-edit-closes"
        type="datetime-local"
        label={t('edit.closesAt')}
        hint={t('create.timeZoneHint')}
        value={closesAt}
        onChange={(e) => setClosesAt(e.currentTarget.value)}
      />
      <RadioGroup
        id="poll-edit-visibility"
        name="edit-visibility"
        legend={t('edit.visibility')}
        options={VISIBILITY.map(([value, key]) => ({ value, label: t(key) }))}
        value={visibility}
        onChange={(value) => setVisibility(value as PollResultsVisibility)}
      />
      <CheckboxGroup
        id="poll-edit-anonymous"
        name="edit-anonymous"
        legend={t('edit.anonymous')}
        hint={locked ? t('edit.anonymousLocked') : t('create.anonymousHint')}
        options={[{ value: 'yes', label: t('edit.anonymous') }]}
        value={anonymous ? ['yes'] : []}
        disabled={locked}
        onChange={(value) => setAnonymous(value.includes('yes'))}
      />
      <Button type="submit" variant="secondary" disabled={loading}>
        {t('edit.save')}
      </Button>
    </form>
  );
}
