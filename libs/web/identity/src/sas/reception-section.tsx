import { Card, Link } from '@palier/web-ui';
import { CONTENT_LANG } from '@palier/web-session';
import { Trans, useTranslation } from 'react-i18next';
import type { SasCommunityQuery } from '@palier/web-data-access';
import { ClosuresList } from './closures-list';
import { mapUrl, telUrl } from './contact-links';
import { OpeningHours } from './opening-hours';

/** The id of the reception section, the target of "Être aidé à l'accueil". */
export const RECEPTION_ANCHOR = 'accueil';

type Community = SasCommunityQuery['community'];

/** Where and when to find the team: address and map link, phone and email, hours, closures. */
export function ReceptionSection({ community }: { community: Community }) {
  const { t } = useTranslation('identity');
  return (
    <section
      id={RECEPTION_ANCHOR}
      className="sas-section sas-reception"
      aria-labelledby="sas-reception"
      tabIndex={-1}
    >
      <h2 id="sas-reception">{t('sas.receptionTitle')}</h2>
      <p className="measure">{t('sas.receptionIntro')}</p>
      <div className="sas-reception__grid">
        <Card
          as="section"
          aria-labelledby="sas-address"
          className="sas-reception__address"
          data-testid="community-address"
        >
          <h3 id="sas-address">{t('sas.addressTitle')}</h3>
          <address className="sas-address" lang={CONTENT_LANG} dir="auto">
            {community.streetAddress}
            <br />
            {community.postalCode} {community.city}
          </address>
          <Link href={mapUrl(community)} icon="map-pin">
            {t('sas.mapLink')}
          </Link>
        </Card>

        {(community.phone || community.email) && (
          <Card
            as="section"
            aria-labelledby="sas-contact"
            className="sas-reception__contact"
            data-testid="community-contact"
          >
            <h3 id="sas-contact">{t('sas.contactTitle')}</h3>
            <ul className="contact-list">
              {community.phone && (
                <li>
                  <Link href={telUrl(community.phone)} icon="phone">
                    <Trans
                      t={t}
                      i18nKey="sas.call"
                      values={{ phone: community.phone }}
                      components={{ value: <bdi dir="ltr" className="nowrap" /> }}
                    />
                  </Link>
                </li>
              )}
              {community.email && (
                <li>
                  <Link href={`mailto:${community.email}`} icon="mail">
                    <Trans
                      t={t}
                      i18nKey="sas.write"
                      values={{ email: community.email }}
                      components={{ value: <bdi dir="ltr" /> }}
                    />
                  </Link>
                </li>
              )}
            </ul>
          </Card>
        )}

        <Card
          as="section"
          aria-labelledby="sas-hours"
          className="sas-reception__hours"
          data-testid="community-hours"
        >
          <h3 id="sas-hours">{t('sas.hoursTitle')}</h3>
          <OpeningHours periods={community.openingHours} timeZone={community.timeZone} />
        </Card>

        <Card
          as="section"
          aria-labelledby="sas-closures"
          className="sas-reception__closures"
          data-testid="community-closures"
        >
          <h3 id="sas-closures">{t('sas.closuresTitle')}</h3>
          <ClosuresList closures={community.closures} />
        </Card>
      </div>
    </section>
  );
}
