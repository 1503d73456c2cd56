import { useQuery } from '@apollo/client/react';
import { PrivacyProfileDocument } from '@palier/web-data-access';
import type { MyMembership } from '@palier/web-session';
import { StaffArea, StaffFrame } from '@palier/web-staff';
import { Card, Link, Toast } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotYet } from '../common/not-yet';
import { AccessLogList } from './access-log-list';
import { ProfileForm } from './profile-form';
import { RetentionList } from './retention-list';

function Admin({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('privacy');
  const { t: tc } = useTranslation();
  const [toast, setToast] = useState<string | null>(null);
  const { id: communityId, slug, timeZone } = membership.community;
  const profile = useQuery(PrivacyProfileDocument, { variables: { communityId } });

  return (
    <StaffFrame membership={membership} title={t('admin.title')} lead={<p>{t('admin.lead')}</p>}>
      <p>
        <Link to={`/c/${encodeURIComponent(slug)}/confidentialite`} icon="shield">
          {t('admin.publicPage')}
        </Link>
      </p>
      <div className="privacy-sections privacy-sections--single">
        <Card as="section" aria-labelledby="privacy-profile-title" data-testid="privacy-profile">
          <h2 id="privacy-profile-title">{t('admin.profile.title')}</h2>
          <p className="muted">{t('admin.profile.intro')}</p>
          {profile.data ? (
            <ProfileForm
              communityId={communityId}
              profile={profile.data.privacyProfile}
              notify={setToast}
            />
          ) : (
            <NotYet error={profile.error} retry={profile.refetch} />
          )}
        </Card>
        <Card as="section" aria-labelledby="retention-title" data-testid="privacy-retention">
          <h2 id="retention-title">{t('admin.retention.title')}</h2>
          <p className="muted">{t('admin.retention.intro')}</p>
          <RetentionList communityId={communityId} timeZone={timeZone} notify={setToast} />
        </Card>
        <Card as="section" aria-labelledby="access-log-title" data-testid="privacy-access-log">
          <h2 id="access-log-title">{t('admin.log.title')}</h2>
          <p className="muted">{t('admin.log.intro')}</p>
          <AccessLogList communityId={communityId} timeZone={timeZone} />
        </Card>
      </div>
      <Toast message={toast} onDismiss={() => setToast(null)} dismissLabel={tc('common.close')} />
    </StaffFrame>
  );
}

/**
 * `/c/:slug/confidentialite/gerer`, for the centre's admins: the controller and contact with the
 * sub-processors, the retention periods, and the log of the team's accesses to residents' data.
 */
export function PrivacyAdminPage() {
  return (
    <StaffArea roles={['admin']}>{(membership) => <Admin membership={membership} />}</StaffArea>
  );
}
