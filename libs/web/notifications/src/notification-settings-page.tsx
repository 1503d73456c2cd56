import { useMutation, useQuery } from '@apollo/client/react';
import {
  NotificationSettingsDocument,
  SetNotificationPreferenceDocument,
  SetQuietHoursDocument,
} from '@palier/web-data-access';
import { RequireSignIn } from '@palier/web-session';
import {
  Alert,
  Button,
  LoadingRegion,
  PageLayout,
  RadioGroup,
  Skeleton,
  TextField,
} from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

const CHANNELS = ['immediately', 'daily', 'weekly', 'never'] as const;
const KINDS = [
  'membership_requested',
  'membership_decided',
  'household_invited',
  'feed_mentioned',
  'moderation_decided',
  'appointment_reminder',
  'appointment_cancelled',
  'sharing_offer_new',
  'sharing_claim_answered',
  'sharing_claim_confirmed',
  'sharing_claim_cancelled',
  'sharing_partnership',
  'idea_status_changed',
  'idea_merged',
  'activity_registered',
  'activity_place_offered',
  'activity_message',
  'poll_opened',
  'poll_closing',
  'poll_results',
] as const;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function QuietHoursForm({ start, end }: { start: string | null; end: string | null }) {
  const { t } = useTranslation('notifications');
  const [from, setFrom] = useState(start ?? '');
  const [until, setUntil] = useState(end ?? '');
  const [problem, setProblem] = useState(false);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SetQuietHoursDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const empty = !from && !until;
    if (!empty && !(TIME.test(from) && TIME.test(until))) {
      setProblem(true);
      return;
    }
    setProblem(false);
    await save({ variables: { input: { start: empty ? null : from, end: empty ? null : until } } });
    setSaved(true);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="quiet-hours-title">
      <h2 id="quiet-hours-title">{t('settings.quietTitle')}</h2>
      <p className="muted">{t('settings.quietHint')}</p>
      <TextField
        id="quiet-start"
        type="time"
        width="short"
        label={t('settings.quietStart')}
        value={from}
        onChange={(e) => setFrom(e.target.value)}
        error={problem ? t('settings.quietError') : undefined}
      />
      <TextField
        id="quiet-end"
        type="time"
        width="short"
        label={t('settings.quietEnd')}
        value={until}
        onChange={(e) => setUntil(e.target.value)}
      />
      <Button type="submit" disabled={loading}>
        {t('settings.quietSave')}
      </Button>
      {saved && <Alert tone="success">{t('settings.saved')}</Alert>}
    </form>
  );
}

function SettingsForms() {
  const { t } = useTranslation('notifications');
  const { t: tCommon } = useTranslation();
  const { data, loading } = useQuery(NotificationSettingsDocument);
  const [setPreference] = useMutation(SetNotificationPreferenceDocument, {
    update: (cache, { data: result }) => {
      if (result)
        cache.writeQuery({
          query: NotificationSettingsDocument,
          data: { notificationSettings: result.setNotificationPreference },
        });
    },
  });
  const [savedKind, setSavedKind] = useState<string | null>(null);
  // The choice shows at once; the server's answer then confirms it.
  const [chosen, setChosen] = useState<Record<string, string>>({});
  if (loading || !data) {
    return (
      <LoadingRegion label={tCommon('common.loading')}>
        <Skeleton lines={6} />
      </LoadingRegion>
    );
  }
  const settings = data.notificationSettings;
  return (
    <>
      {KINDS.map((kind) => (
        <div key={kind}>
          <RadioGroup
            id={`channel-${kind}`}
            name={`channel-${kind}`}
            legend={t(`settings.kind.${kind}`)}
            options={CHANNELS.map((c) => ({ value: c, label: t(`settings.channel.${c}`) }))}
            value={chosen[kind] ?? settings.preferences.find((p) => p.kind === kind)?.channel}
            onChange={(channel) => {
              setSavedKind(null);
              setChosen((current) => ({ ...current, [kind]: channel }));
              void setPreference({ variables: { kind, channel } }).then(() => setSavedKind(kind));
            }}
          />
          {savedKind === kind && <Alert tone="success">{t('settings.saved')}</Alert>}
        </div>
      ))}
      <QuietHoursForm start={settings.quietHoursStart} end={settings.quietHoursEnd} />
    </>
  );
}

/** /compte/notifications: when I get emails, per kind, and my quiet hours. */
export function NotificationSettingsPage() {
  const { t } = useTranslation('notifications');
  return (
    <RequireSignIn>
      <PageLayout title={t('settings.title')} lead={t('settings.lead')}>
        <SettingsForms />
      </PageLayout>
    </RequireSignIn>
  );
}
