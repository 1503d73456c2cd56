import { useQuery } from '@apollo/client/react';
import { errorCodeOf, PrivacyPageDocument, type PrivacyPageQuery } from '@palier/web-data-access';
import { formatDateInWords, useLocale } from '@palier/web-i18n';
import { BackLink, CentreText, PageSkeleton, WrittenInFrench } from '@palier/web-identity';
import { CONTENT_LANG, LoadError, NotFoundPage, useDocumentTitle } from '@palier/web-session';
import { ButtonLink, Card, Icon, PageLayout } from '@palier/web-ui';
import { Trans, useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { durationInWords } from '../common/words';

type Register = PrivacyPageQuery['processingRegister'];

const ACTIVITY_FACTS = ['categories', 'purpose', 'legalBasis', 'retention', 'recipients'] as const;

/** "Ce que nous gardons et pourquoi": one card a processing, as the modules declare it. */
function Activities({ register }: { register: Register }) {
  const { t } = useTranslation('privacy');
  return (
    <ul className="privacy-cards" data-testid="register-activities">
      {register.activities.map((activity) => (
        <Card as="li" key={activity.module} className="privacy-card">
          <h3 lang={CONTENT_LANG} dir="auto">
            {activity.name}
          </h3>
          <dl className="privacy-facts">
            {ACTIVITY_FACTS.map((fact) => (
              <div key={fact}>
                <dt>{t(`register.${fact}`)}</dt>
                <dd lang={CONTENT_LANG} dir="auto">
                  {activity[fact]}
                </dd>
              </div>
            ))}
          </dl>
        </Card>
      ))}
    </ul>
  );
}

/** The retention periods the centre chose, in words: "2 ans, puis effacées". */
function Periods({ register }: { register: Register }) {
  const { t } = useTranslation('privacy');
  const { locale } = useLocale();
  return (
    <dl className="privacy-facts" data-testid="register-periods">
      {register.retention.map((period) => (
        <div key={period.label}>
          <dt lang={CONTENT_LANG} dir="auto">
            {period.label}
          </dt>
          <dd>
            <Trans
              t={t}
              i18nKey="register.period"
              values={{ duration: durationInWords(period.days, locale), outcome: period.outcome }}
              components={{ fr: <bdi lang={CONTENT_LANG} /> }}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Who answers for the data, how to reach them, and who else handles it (no one, by default). */
function Responsible({ register }: { register: Register }) {
  const { t } = useTranslation('privacy');
  const { profile } = register;
  return (
    <>
      <dl className="privacy-facts" data-testid="register-responsible">
        <div>
          <dt>{t('register.controller')}</dt>
          <dd lang={CONTENT_LANG} dir="auto">
            <strong>{profile.controllerName}</strong>
            <CentreText text={profile.controllerAddress} />
          </dd>
        </div>
        <div>
          <dt>{t('register.dpo')}</dt>
          <dd>
            <CentreText text={profile.dpoContact} />
          </dd>
        </div>
      </dl>
      {profile.subProcessors.length === 0 ? (
        <p data-testid="no-sub-processors">{t('register.subProcessorsNone')}</p>
      ) : (
        <>
          <h3>{t('register.subProcessors')}</h3>
          <ul>
            {profile.subProcessors.map((processor, index) => (
              <li key={index}>
                <Trans
                  t={t}
                  i18nKey="register.subProcessor"
                  values={processor}
                  components={{ fr: <bdi lang={CONTENT_LANG} /> }}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {!register.thirdPartyTrackers && (
        <p className="privacy-note" data-testid="no-trackers">
          <Icon name="shield" />
          <span>{t('register.noTrackers')}</span>
        </p>
      )}
    </>
  );
}

/**
 * `/c/:slug/confidentialite`, public: the centre's privacy notice, then what Palier keeps, why and
 * how long, who is responsible, and the person's rights — generated from what the modules
 * declare, so it says what the software really does.
 */
export function PrivacyPage() {
  const { t } = useTranslation('privacy');
  const { t: common } = useTranslation();
  const { locale } = useLocale();
  const { slug = '' } = useParams();
  const { data, error, refetch } = useQuery(PrivacyPageDocument, { variables: { slug } });
  const code = error ? errorCodeOf(error) : undefined;
  useDocumentTitle(code === 'NOT_FOUND' ? common('notFound.documentTitle') : t('register.title'));

  if (code === 'NOT_FOUND') return <NotFoundPage reason="community" />;
  if (!data) {
    return (
      <div className="page">
        {error ? (
          <PageLayout title={t('register.title')}>
            <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
          </PageLayout>
        ) : (
          <PageSkeleton />
        )}
      </div>
    );
  }

  const { community, processingRegister: register } = data;
  const name = { name: community.name };
  const nameTag = { name: <bdi lang={CONTENT_LANG} /> };
  return (
    <div className="page" data-testid="privacy-page">
      <BackLink to={`/c/${encodeURIComponent(slug)}`}>
        <Trans t={t} i18nKey="register.back" values={name} components={nameTag} />
      </BackLink>
      <PageLayout
        title={t('register.title')}
        lead={
          <p>
            <Trans t={t} i18nKey="register.lead" values={name} components={nameTag} />
          </p>
        }
      >
        <WrittenInFrench />
        <div className="privacy-sections privacy-sections--single">
          <Card as="section" aria-labelledby="notice-title" className="privacy-summary">
            <h2 id="notice-title">{t('register.summaryTitle')}</h2>
            <CentreText text={community.privacyNotice.summary} />
            <p className="muted">
              {t('register.noticeVersion', {
                version: register.noticeVersion,
                date: formatDateInWords(
                  community.privacyNotice.publishedAt,
                  locale,
                  community.timeZone,
                ),
              })}
            </p>
            <details className="document-details">
              <summary>{t('register.noticeFull')}</summary>
              <CentreText text={register.noticeText} className="document-text" />
            </details>
          </Card>

          <section aria-labelledby="kept-title">
            <h2 id="kept-title">{t('register.keptTitle')}</h2>
            <p>{t('register.keptLead')}</p>
            <Activities register={register} />
          </section>

          <Card as="section" aria-labelledby="periods-title">
            <h2 id="periods-title">{t('register.periodsTitle')}</h2>
            <p>{t('register.periodsLead')}</p>
            <Periods register={register} />
          </Card>

          <Card as="section" aria-labelledby="who-title">
            <h2 id="who-title">{t('register.whoTitle')}</h2>
            <Responsible register={register} />
          </Card>

          <Card as="section" aria-labelledby="rights-title">
            <h2 id="rights-title">{t('register.rightsTitle')}</h2>
            <p>{t('register.rightsText')}</p>
            <p>
              <ButtonLink to="/compte/donnees" variant="secondary" icon="user">
                {t('register.rightsLink')}
              </ButtonLink>
            </p>
            <p>{t('register.complaint')}</p>
          </Card>
          <p className="muted">
            {t('register.generated', {
              date: formatDateInWords(register.generatedAt, locale, community.timeZone),
            })}
          </p>
        </div>
      </PageLayout>
    </div>
  );
}
