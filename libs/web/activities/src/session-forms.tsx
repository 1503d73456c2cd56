import { useMutation } from '@apollo/client/react';
import {
  AddActivitySeriesDocument,
  AddActivitySessionDocument,
  serverMessageOf,
} from '@palier/web-data-access';
import { Alert, Button, Select, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

const capacityOf = (value: string) => (value.trim() ? Number(value) : null);

/** Staff: add one dated session, or a weekly series with dates left out. */
export function SessionForms({
  communityId,
  activityId,
  onAdded,
}: {
  communityId: string;
  activityId: string;
  onAdded: () => void;
}) {
  const { t } = useTranslation('activities');
  const [kind, setKind] = useState<'single' | 'weekly'>('single');
  const [date, setDate] = useState('');
  const [lastDate, setLastDate] = useState('');
  const [weekday, setWeekday] = useState('3');
  const [starts, setStarts] = useState('14:00');
  const [ends, setEnds] = useState('16:00');
  const [capacity, setCapacity] = useState('12');
  const [skipped, setSkipped] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [addSession, single] = useMutation(AddActivitySessionDocument);
  const [addSeries, weekly] = useMutation(AddActivitySeriesDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setResult(null);
    try {
      if (kind === 'single') {
        await addSession({
          variables: {
            communityId,
            activityId,
            input: { date, starts, ends, capacity: capacityOf(capacity) },
          },
        });
        setResult(t('sessions.added', { count: 1 }));
      } else {
        const res = await addSeries({
          variables: {
            communityId,
            activityId,
            input: {
              weekday: Number(weekday),
              starts,
              ends,
              firstDate: date,
              lastDate,
              skippedDates: skipped
                .split(/[\s,;]+/)
                .map((d) => d.trim())
                .filter(Boolean),
              sessionCapacity: capacityOf(capacity),
            },
          },
        });
        setResult(t('sessions.added', { count: res.data?.addActivitySeries ?? 0 }));
      }
      onAdded();
    } catch (error) {
      setProblem(serverMessageOf(error) ?? t('common.failed'));
    }
  };
  const weekdays = ([1, 2, 3, 4, 5, 6, 7] as const).map((d) => ({
    value: String(d),
    label: t(`sessions.weekday${d}`),
  }));
  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="activities-section activities-no-print"
      noValidate
    >
      <h3>{t('sessions.title')}</h3>
      {result && <Alert tone="success">{result}</Alert>}
      {problem && <Alert tone="error">{problem}</Alert>}
      <Select
        id="session-kind"
        label={t('sessions.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as 'single' | 'weekly')}
        options={[
          { value: 'single', label: t('sessions.single') },
          { value: 'weekly', label: t('sessions.weekly') },
        ]}
      />
      {kind === 'weekly' && (
        <Select
          id="session-weekday"
          label={t('sessions.weekday')}
          value={weekday}
          onChange={(e) => setWeekday(e.target.value)}
          options={weekdays}
        />
      )}
      <TextField
        id="session-date"
        type="date"
        label={kind === 'single' ? t('sessions.date') : t('sessions.firstDate')}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        width="short"
      />
      {kind === 'weekly' && (
        <TextField
          id="session-last-date"
          type="date"
          label={t('sessions.lastDate')}
          value={lastDate}
          onChange={(e) => setLastDate(e.target.value)}
          width="short"
        />
      )}
      <TextField
        id="session-starts"
        type="time"
        label={t('sessions.starts')}
        value={starts}
        onChange={(e) => setStarts(e.target.value)}
        width="short"
      />
      <TextField
        id="session-ends"
        type="time"
        label={t('sessions.ends')}
        value={ends}
        onChange={(e) => setEnds(e.target.value)}
        width="short"
      />
      <TextField
        id="session-capacity"
        inputMode="numeric"
        label={t('sessions.capacity')}
        hint={t('sessions.capacityHint')}
        value={capacity}
        onChange={(e) => setCapacity(e.target.value)}
        width="short"
      />
      {kind === 'weekly' && (
        <TextField
          id="session-skipped"
          label={t('sessions.skipped')}
          hint={t('sessions.skippedHint')}
          value={skipped}
          onChange={(e) => setSkipped(e.target.value)}
        />
      )}
      <Button
        type="submit"
        variant="secondary"
        icon="plus"
        disabled={single.loading || weekly.loading}
      >
        {t('sessions.add')}
      </Button>
    </form>
  );
}
