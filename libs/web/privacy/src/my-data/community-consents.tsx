import { useMutation } from '@apollo/client/react';
import {
  MyConsentHistoryDocument,
  MyConsentsDocument,
  SetOptionalConsentDocument,
  type CommunityConsentsFieldsFragment,
} from '@palier/web-data-access';
import { formatDateInWords, useLocale } from '@palier/web-i18n';
import { FailureAlert } from '@palier/web-identity';
import { CONTENT_LANG, useMe } from '@palier/web-session';
import { Alert, Button, CheckboxGroup, Link } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKindLabel } from '../common/kind-label';
import { timeZoneOf } from '../common/time-zone';

type Optional = CommunityConsentsFieldsFragment['optional'][number];

/**
 * My accords with one centre: the versions of the charter and notice I accepted, and the optional
 * ones as boxes — unticking one withdraws it, as easily as it was given.
 */
export function CommunityConsents({
  consents,
  slug,
}: {
  consents: CommunityConsentsFieldsFragment;
  slug: string | undefined;
}) {
  const { t } = useTranslation('privacy');
  const { locale } = useLocale();
  const { me } = useMe();
  const kindLabel = useKindLabel();
  const timeZone = timeZoneOf(me?.memberships ?? [], consents.communityName);
  const [chosen, setChosen] = useState<string[]>(() =>
    consents.optional.filter((o) => o.granted).map((o) => o.kind),
  );
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [setConsent, { loading }] = useMutation(SetOptionalConsentDocument, {
    refetchQueries: [MyConsentHistoryDocument],
    update: (cache, { data }) => {
      if (data)
        cache.writeQuery({
          query: MyConsentsDocument,
          data: { myConsents: data.setOptionalConsent },
        });
    },
  });
  const id = `consents-${consents.communityId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setSaved(false);
    setFailure(null);
    try {
      for (const option of consents.optional) {
        const granted = chosen.includes(option.kind);
        if (granted !== option.granted)
          await setConsent({
            variables: { communityId: consents.communityId, kind: option.kind, granted },
          });
      }
      setSaved(true);
    } catch (error) {
      setFailure(error);
    }
  };

  const lastChoice = (option: Optional) =>
    option.recordedAt
      ? t(option.granted ? 'consents.lastYes' : 'consents.lastNo', {
          date: formatDateInWords(option.recordedAt, locale, timeZone),
        })
      : t('consents.never');
  const version = (value: number | null) =>
    value === null ? t('consents.notAccepted') : t('consents.accepted', { version: value });

  return (
    <section
      className="privacy-community"
      aria-labelledby={`${id}-title`}
      data-testid="community-consents"
    >
      <h3 id={`${id}-title`}>
        <bdi lang={CONTENT_LANG}>{consents.communityName}</bdi>
      </h3>
      <dl className="privacy-facts">
        <div>
          <dt>{t('consents.charter')}</dt>
          <dd>{version(consents.charterVersion)}</dd>
        </div>
        <div>
          <dt>{t('consents.notice')}</dt>
          <dd>{version(consents.privacyNoticeVersion)}</dd>
        </div>
      </dl>
      {consents.optional.length > 0 && (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <CheckboxGroup
            id={id}
            name={id}
            legend={t('consents.optionalLegend')}
            hint={t('consents.optionalHint')}
            value={chosen}
            onChange={(value) => {
              setChosen(value);
              setSaved(false);
            }}
            options={consents.optional.map((option) => ({
              value: option.kind,
              label: kindLabel(option.kind),
              hint: lastChoice(option),
            }))}
          />
          <FailureAlert error={failure} />
          <Button type="submit" variant="secondary" icon="check" disabled={loading}>
            {t('consents.save')}
          </Button>
          {saved && <Alert tone="success">{t('consents.saved')}</Alert>}
        </form>
      )}
      {slug && (
        <p>
          <Link to={`/c/${encodeURIComponent(slug)}/confidentialite`} icon="shield">
            {t('consents.centrePage')}
          </Link>
        </p>
      )}
    </section>
  );
}
