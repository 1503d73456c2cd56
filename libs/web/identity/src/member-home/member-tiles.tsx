import type { Role } from '@palier/web-session';
import { TileLink, TileList } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';

/** The shortcuts of an active member; the team's pages for the roles that hold them. */
export function MemberTiles({ slug, role }: { slug: string; role: Role }) {
  const { t } = useTranslation('identity');
  const base = `/c/${encodeURIComponent(slug)}`;
  const isTeam = role === 'staff' || role === 'builder' || role === 'admin';
  return (
    <>
      <section aria-labelledby="member-tiles" className="sas-section">
        <h2 id="member-tiles">{t('memberHome.tilesTitle')}</h2>
        <TileList>
          <TileLink
            to={`${base}/fil`}
            icon="news"
            title={t('memberHome.tileFeed')}
            description={t('memberHome.tileFeedText')}
            data-testid="tile-feed"
          />
          <TileLink
            to={`${base}/idees`}
            icon="idea"
            title={t('memberHome.tileIdeas')}
            description={t('memberHome.tileIdeasText')}
            data-testid="tile-ideas"
          />
          <TileLink
            to={`${base}/rendez-vous`}
            icon="calendar"
            title={t('memberHome.tileBooking')}
            description={t('memberHome.tileBookingText')}
            data-testid="tile-booking"
          />
          <TileLink
            to={`${base}/sondages`}
            icon="check"
            title={t('memberHome.tilePolls')}
            description={t('memberHome.tilePollsText')}
            data-testid="tile-polls"
          />
          <TileLink
            to={`${base}/activites`}
            icon="users"
            title={t('memberHome.tileActivities')}
            description={t('memberHome.tileActivitiesText')}
            data-testid="tile-activities"
          />
          <TileLink
            to={`${base}/partenaires`}
            icon="book"
            title={t('memberHome.tilePartnerOffers')}
            description={t('memberHome.tilePartnerOffersText')}
            data-testid="tile-partner-offers"
          />
          <TileLink
            to="/foyer"
            icon="users"
            title={t('memberHome.tileHousehold')}
            description={t('memberHome.tileHouseholdText')}
            data-testid="tile-household"
          />
          <TileLink
            to="/compte"
            icon="user"
            title={t('memberHome.tileAccount')}
            description={t('memberHome.tileAccountText')}
            data-testid="tile-account"
          />
          <TileLink
            to={base}
            icon="info"
            title={t('memberHome.tileSas')}
            description={t('memberHome.tileSasText')}
            data-testid="tile-sas"
          />
          <TileLink
            to={`${base}/moderation/mes-decisions`}
            icon="shield"
            title={t('memberHome.tileMyDecisions')}
            description={t('memberHome.tileMyDecisionsText')}
            data-testid="tile-my-decisions"
          />
        </TileList>
      </section>
      {isTeam && (
        <section aria-labelledby="team-tiles" className="sas-section">
          <h2 id="team-tiles">{t('memberHome.teamTitle')}</h2>
          <TileList>
            {(role === 'builder' || role === 'admin') && (
              <TileLink
                to={`${base}/moderation`}
                icon="shield"
                title={t('memberHome.tileModeration')}
                description={t('memberHome.tileModerationText')}
                data-testid="tile-moderation"
              />
            )}
            {(role === 'builder' || role === 'admin') && (
              <TileLink
                to={`${base}/demandes`}
                icon="inbox"
                title={t('memberHome.tileRequests')}
                description={t('memberHome.tileRequestsText')}
                data-testid="tile-requests"
              />
            )}
            <TileLink
              to={`${base}/agenda`}
              icon="calendar"
              title={t('memberHome.tileAgenda')}
              description={t('memberHome.tileAgendaText')}
              data-testid="tile-agenda"
            />
            <TileLink
              to={`${base}/bilan`}
              icon="book"
              title={t('memberHome.tileReporting')}
              description={t('memberHome.tileReportingText')}
              data-testid="tile-reporting"
            />
            <TileLink
              to={`${base}/guichet`}
              icon="desk"
              title={t('memberHome.tileDesk')}
              description={t('memberHome.tileDeskText')}
              data-testid="tile-desk"
            />
            <TileLink
              to={`${base}/offres`}
              icon="users"
              title={t('memberHome.tileSharing')}
              description={t('memberHome.tileSharingText')}
              data-testid="tile-sharing"
            />
            {role === 'admin' && (
              <TileLink
                to={`${base}/reglages`}
                icon="settings"
                title={t('memberHome.tileSettings')}
                description={t('memberHome.tileSettingsText')}
                data-testid="tile-settings"
              />
            )}
          </TileList>
        </section>
      )}
    </>
  );
}
