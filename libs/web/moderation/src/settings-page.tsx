import { useMutation, useQuery } from '@apollo/client/react';
import { FeedSettingsDocument, UpdateFeedSettingsDocument } from '@palier/web-data-access';
import { LoadError, RequireRole, useDocumentTitle, type MyMembership } from '@palier/web-session';
import {
  Button,
  CheckboxGroup,
  LoadingRegion,
  PageLayout,
  Skeleton,
  TextField,
  Toast,
} from '@palier/web-ui';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

const ROLES = ['resident', 'staff', 'builder', 'admin'] as const;

function Settings({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('moderation');
  const { t: tc } = useTranslation();
  const id = useId();
  const communityId = membership.community.id;
  const { data, loading, error, refetch } = useQuery(FeedSettingsDocument, {
    variables: { communityId },
  });
  const [update, { loading: saving }] = useMutation(UpdateFeedSettingsDocument);
  const [roles, setRoles] = useState<string[]>([]);
  const [keep, setKeep] = useState(true);
  const [threshold, setThreshold] = useState('3');
  const [thresholdError, setThresholdError] = useState<string | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  useDocumentTitle(t('settings.title'));
  const settings = data?.feedSettings;
  useEffect(() => {
    if (!settings) return;
    setRoles(settings.publicPostRoles);
    setKeep(settings.keepCommentsOfErasedMembers);
    setThreshold(String(settings.reportHideThreshold));
  }, [settings]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const n = Number(threshold);
    if (!Number.isInteger(n) || n < 1 || n > 50)
      return setThresholdError(t('settings.invalidThreshold'));
    setThresholdError(null);
    try {
      await update({
        variables: {
          communityId,
          input: {
            publicPostRoles: roles,
            keepCommentsOfErasedMembers: keep,
            reportHideThreshold: n,
          },
        },
      });
      setToast(t('settings.saved'));
    } catch {
      setToast(tc('errors.INTERNAL'));
    }
  };

  return (
    <PageLayout title={t('settings.title')} lead={<p>{t('settings.lead')}</p>}>
      {loading && !data ? (
        <LoadingRegion label={tc('common.loading')}>
          <Skeleton lines={4} />
        </LoadingRegion>
      ) : error && !data ? (
        <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <form onSubmit={(e) => void save(e)} noValidate className="moderation-settings">
          <CheckboxGroup
            id={`${id}-roles`}
            name="publicPostRoles"
            legend={t('settings.publicRoles')}
            hint={t('settings.publicRolesHint')}
            value={roles}
            onChange={setRoles}
            options={ROLES.map((r) => ({ value: r, label: t(`settings.roles.${r}`) }))}
          />
          <div className="pal-choice">
            <input
              id={`${id}-keep`}
              className="pal-choice__input"
              type="checkbox"
              checked={keep}
              onChange={(e) => setKeep(e.currentTarget.checked)}
            />
            <label className="pal-choice__label" htmlFor={`${id}-keep`}>
              {t('settings.keepComments')}
            </label>
          </div>
          <TextField
            id={`${id}-threshold`}
            label={t('settings.threshold')}
            hint={t('settings.thresholdHint')}
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            width="short"
            value={threshold}
            error={thresholdError}
            errorPrefix={tc('common.errorPrefix')}
            onChange={(e) => setThreshold(e.target.value)}
          />
          <Button type="submit" disabled={saving}>
            {t('settings.save')}
          </Button>
        </form>
      )}
      <Toast message={toast} onDismiss={() => setToast(null)} dismissLabel={tc('common.close')} />
    </PageLayout>
  );
}

/** `/c/:slug/moderation/reglages`: the management's choices for the feed and its moderation. */
export function SettingsPage() {
  const { slug = '' } = useParams();
  return (
    <RequireRole slug={slug} roles={['admin']}>
      {(membership) => <Settings membership={membership} />}
    </RequireRole>
  );
}
