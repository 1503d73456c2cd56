import { useMutation } from '@apollo/client/react';
import {
  CreateCommunityDocument,
  MeDocument,
  type CommunityKind,
  type CreateCommunityMutation,
} from '@palier/web-data-access';
import { RequireSignIn, useMe, useDocumentTitle } from '@palier/web-session';
import { Alert, Button, ButtonLink, Card, PageLayout, RadioGroup, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProblemsOf } from '@palier/web-data-access';
import {
  FormErrorSummary,
  useFieldErrorText,
  useFormErrors,
  type FormError,
} from '../shared/form-errors';
import { FormFailure } from '../shared/form-failure';
import { staffPaths } from '../shared/staff-paths';
import { ProfileFields, useProfileErrors } from '../settings/profile-fields';
import {
  checkProfile,
  EMPTY_PROFILE,
  profileInput,
  type ProfileValues,
} from '../settings/profile-model';
import { ServerAdminDenied } from './server-admin-denied';
import { checkSlug, suggestSlug } from './slug';

const IDS = { slug: 'new-slug', kind: 'new-kind' } as const;

type Created = CreateCommunityMutation['createCommunity'];

function CreateCommunity() {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  useDocumentTitle(t('serverAdmin.title'));
  const [profile, setProfile] = useState<ProfileValues>(EMPTY_PROFILE);
  const [slug, setSlug] = useState('');
  const [slugTouched, setSlugTouched] = useState(false);
  const [kind, setKind] = useState<CommunityKind>('social_centre');
  const [failure, setFailure] = useState<unknown>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const form = useFormErrors();
  const errorText = useFieldErrorText();
  const profileErrors = useProfileErrors('new');
  // The new community's first admin is the creator: reload "me" so its settings open at once.
  const [create, { loading }] = useMutation(CreateCommunityDocument, {
    refetchQueries: [{ query: MeDocument }],
    awaitRefetchQueries: true,
  });

  const shownSlug = slugTouched ? slug : suggestSlug(profile.name);
  const address = `${window.location.origin}/c/${shownSlug.trim().toLowerCase()}`;

  const slugError = (code: string): FormError => ({
    fieldId: IDS.slug,
    message: errorText(code, t('serverAdmin.slugLabel'), {
      required: t('serverAdmin.slugMissing'),
      too_short: t('serverAdmin.slugShort'),
      invalid_format: t('serverAdmin.slugInvalid'),
      taken: t('serverAdmin.slugTaken'),
    }),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    const slugProblem = checkSlug(shownSlug);
    const local = [
      ...(slugProblem ? [slugError(slugProblem)] : []),
      ...profileErrors(checkProfile(profile)),
    ];
    if (local.length) {
      form.show(local);
      return;
    }
    form.clear();
    try {
      const { data } = await create({
        variables: {
          input: {
            ...profileInput(profile),
            slug: shownSlug.trim().toLowerCase(),
            kind,
            openingHours: [],
          },
        },
      });
      if (data) setCreated(data.createCommunity);
    } catch (error) {
      const fields = fieldProblemsOf(error);
      if (!fields.length) {
        setFailure(error);
        return;
      }
      form.show(
        fields.map((p) =>
          p.field === 'slug'
            ? slugError(p.code)
            : p.field === 'kind'
              ? { fieldId: IDS.kind, message: errorText(p.code, t('serverAdmin.kindLabel')) }
              : (profileErrors([p])[0] as FormError),
        ),
      );
    }
  };

  if (created) {
    return (
      <PageLayout title={t('serverAdmin.createdTitle', { name: created.name })}>
        <Alert tone="success" title={t('serverAdmin.createdAlert')}>
          <p>{t('serverAdmin.createdText', { address: `/c/${created.slug}` })}</p>
        </Alert>
        <div className="staff-actions">
          <ButtonLink to={staffPaths.settings(created.slug)} icon="arrow-forward" iconAfter>
            {t('serverAdmin.openSettings', { name: created.name })}
          </ButtonLink>
          <Button
            variant="secondary"
            onClick={() => {
              setCreated(null);
              setProfile(EMPTY_PROFILE);
              setSlug('');
              setSlugTouched(false);
            }}
          >
            {t('serverAdmin.another')}
          </Button>
        </div>
      </PageLayout>
    );
  }

  return (
    <PageLayout title={t('serverAdmin.title')} lead={<p>{t('serverAdmin.lead')}</p>}>
      <Card as="section" aria-labelledby="new-community-title" className="staff-section">
        <h2 id="new-community-title">{t('serverAdmin.formTitle')}</h2>
        <form noValidate onSubmit={(event) => void submit(event)} data-testid="new-community-form">
          <FormErrorSummary form={form} />
          <FormFailure error={failure} />
          <RadioGroup
            id={IDS.kind}
            name={IDS.kind}
            legend={t('serverAdmin.kindLabel')}
            error={form.errorOf(IDS.kind)}
            errorPrefix={tc('common.errorPrefix')}
            value={kind}
            onChange={(value) => setKind(value as CommunityKind)}
            options={[
              {
                value: 'social_centre',
                label: t('serverAdmin.kindSocialCentre'),
                hint: t('serverAdmin.kindSocialCentreHint'),
              },
              {
                value: 'partner_organisation',
                label: t('serverAdmin.kindPartner'),
                hint: t('serverAdmin.kindPartnerHint'),
              },
            ]}
          />
          <ProfileFields
            prefix="new"
            values={profile}
            onChange={setProfile}
            errorOf={form.errorOf}
            afterName={
              <TextField
                id={IDS.slug}
                label={t('serverAdmin.slugLabel')}
                hint={
                  <>
                    {t('serverAdmin.slugHint')}
                    <span className="staff-preview" data-testid="slug-preview">
                      {t('serverAdmin.slugPreview')}{' '}
                      <bdi dir="ltr" className="staff-preview__address">
                        {address}
                      </bdi>
                    </span>
                  </>
                }
                error={form.errorOf(IDS.slug)}
                errorPrefix={tc('common.errorPrefix')}
                value={shownSlug}
                onChange={(event) => {
                  setSlugTouched(true);
                  setSlug(event.currentTarget.value);
                }}
                autoComplete="off"
                spellCheck={false}
                maxLength={60}
                dir="ltr"
              />
            }
          />
          <Button type="submit" disabled={loading}>
            {t('serverAdmin.submit')}
          </Button>
        </form>
      </Card>
    </PageLayout>
  );
}

function ServerAdminOnly() {
  const { me } = useMe();
  if (!me?.isServerAdmin) return <ServerAdminDenied />;
  return (
    <div className="page staff-page">
      <CreateCommunity />
    </div>
  );
}

/** `/admin/communautes`: the server's administrator creates a community, then opens its settings. */
export function CreateCommunityPage() {
  return (
    <RequireSignIn>
      <ServerAdminOnly />
    </RequireSignIn>
  );
}
