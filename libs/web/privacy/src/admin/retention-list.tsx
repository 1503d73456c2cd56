import { useMutation, useQuery } from '@apollo/client/react';
import {
  RetentionSettingsDocument,
  SetRetentionDocument,
  type RetentionSettingFieldsFragment,
} from '@palier/web-data-access';
import { formatDateInWords, useLocale } from '@palier/web-i18n';
import { CONTENT_LANG } from '@palier/web-session';
import { FormErrorSummary, FormFailure, useFormErrors } from '@palier/web-staff';
import { Button, TextField, VisuallyHidden } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { NotYet } from '../common/not-yet';
import { durationInWords } from '../common/words';

interface ItemProps {
  communityId: string;
  setting: RetentionSettingFieldsFragment;
  timeZone: string;
  notify: (message: string) => void;
}

/** One kind of data: how long it is kept now, the allowed range, the last purge, and a new period. */
function RetentionItem({ communityId, setting, timeZone, notify }: ItemProps) {
  const { t } = useTranslation('privacy');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [days, setDays] = useState(String(setting.days));
  const [failure, setFailure] = useState<unknown>(null);
  const form = useFormErrors();
  const id = `retention-${setting.key}`;
  const [save, { loading }] = useMutation(SetRetentionDocument, {
    update: (cache, { data }) => {
      if (data)
        cache.writeQuery({
          query: RetentionSettingsDocument,
          variables: { communityId },
          data: { retentionSettings: data.setRetention },
        });
    },
  });
  const range = [
    {
      fieldId: id,
      message: t('admin.retention.outOfRange', { min: setting.minDays, max: setting.maxDays }),
    },
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    const value = Number(days.trim());
    if (!/^\d+$/.test(days.trim()) || value < setting.minDays || value > setting.maxDays) {
      form.show(range);
      return;
    }
    form.clear();
    try {
      await save({ variables: { communityId, key: setting.key, days: value } });
      notify(t('admin.retention.saved', { duration: durationInWords(value, locale) }));
    } catch (error) {
      if (!form.showApiProblems(error, () => range)) setFailure(error);
    }
  };

  return (
    <li className="privacy-rule" data-testid={`retention-${setting.key}`}>
      <h3 id={`${id}-title`} lang={CONTENT_LANG} dir="auto">
        {setting.label}
      </h3>
      <p>
        <strong>
          {t('admin.retention.current', { duration: durationInWords(setting.days, locale) })}
        </strong>{' '}
        <Trans
          t={t}
          i18nKey="admin.retention.outcome"
          values={{ outcome: setting.outcome }}
          components={{ fr: <bdi lang={CONTENT_LANG} /> }}
        />
      </p>
      <p className="muted">
        {setting.lastPurgeAt
          ? t('admin.retention.lastPurge', {
              date: formatDateInWords(setting.lastPurgeAt, locale, timeZone),
              count: setting.lastPurgeCount,
            })
          : t('admin.retention.noPurge')}
      </p>
      <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
        <FormErrorSummary form={form} />
        <FormFailure error={failure} />
        <TextField
          id={id}
          inputMode="numeric"
          width="short"
          label={
            <>
              {t('admin.retention.days')}
              <VisuallyHidden>
                {' – '}
                <bdi lang={CONTENT_LANG}>{setting.label}</bdi>
              </VisuallyHidden>
            </>
          }
          hint={t('admin.retention.daysHint', {
            min: setting.minDays,
            max: setting.maxDays,
            default: setting.defaultDays,
            duration: durationInWords(setting.defaultDays, locale),
          })}
          error={form.errorOf(id)}
          errorPrefix={tc('common.errorPrefix')}
          value={days}
          onChange={(event) => setDays(event.currentTarget.value)}
          autoComplete="off"
        />
        <Button type="submit" variant="secondary" icon="check" disabled={loading}>
          {t('admin.retention.save')}
        </Button>
      </form>
    </li>
  );
}

/** The retention periods of the community, one small form each. */
export function RetentionList({
  communityId,
  timeZone,
  notify,
}: {
  communityId: string;
  timeZone: string;
  notify: (message: string) => void;
}) {
  const { data, error, refetch } = useQuery(RetentionSettingsDocument, {
    variables: { communityId },
  });
  if (!data) return <NotYet error={error} retry={refetch} />;
  return (
    <ul className="privacy-rules">
      {data.retentionSettings.map((setting) => (
        <RetentionItem
          key={setting.key}
          communityId={communityId}
          setting={setting}
          timeZone={timeZone}
          notify={notify}
        />
      ))}
    </ul>
  );
}
