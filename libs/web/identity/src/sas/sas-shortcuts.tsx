import { useQuery } from '@apollo/client/react';
import { SasBookingServicesDocument } from '@palier/web-data-access';
import { useMembership } from '@palier/web-session';
import { TileLink, TileList } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { RECEPTION_ANCHOR } from './reception-section';

/**
 * "Qu'est-ce qui vous amène aujourd'hui ?": big tiles to the usual reasons to come. Other modules
 * (appointments, activities) add theirs when they exist.
 */
export function SasShortcuts({ slug, communityId }: { slug: string; communityId: string }) {
  const { t } = useTranslation('identity');
  const { membership } = useMembership(slug);
  const base = `/c/${encodeURIComponent(slug)}`;
  const status = membership?.status;
  const booking = useQuery(SasBookingServicesDocument, { variables: { communityId } });
  const services = booking.data?.sasBookingServices ?? [];
  return (
    <section className="sas-section" aria-labelledby="sas-shortcuts">
      <h2 id="sas-shortcuts">{t('sas.shortcutsTitle')}</h2>
      <TileList>
        {status === 'active' ? (
          <TileLink
            to={`${base}/espace`}
            icon="home"
            title={t('sas.tileSpace')}
            description={t('sas.tileSpaceText')}
            data-testid="tile-space"
          />
        ) : status === 'pending' ? (
          <TileLink
            to={`${base}/espace`}
            icon="clock"
            title={t('sas.tileRequest')}
            description={t('sas.tileRequestText')}
            data-testid="tile-space"
          />
        ) : (
          <TileLink
            to={`${base}/rejoindre`}
            icon="user-plus"
            title={t('sas.tileJoin')}
            description={t('sas.tileJoinText')}
            data-testid="tile-join"
          />
        )}
        {services.length > 0 && (
          <TileLink
            to={`${base}/rendez-vous`}
            icon="calendar"
            title={t('sas.tileBooking')}
            description={services.map((service) => service.name).join(', ')}
            data-testid="tile-sas-booking"
          />
        )}
        <TileLink
          href={`#${RECEPTION_ANCHOR}`}
          icon="help"
          title={t('sas.tileHelp')}
          description={t('sas.tileHelpText')}
          data-testid="tile-help"
        />
      </TileList>
    </section>
  );
}
