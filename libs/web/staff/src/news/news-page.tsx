import type { MyMembership } from '@palier/web-session';
import { Card, Toast } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffArea, StaffFrame } from '../shared/staff-frame';
import { STAFF_ROLES } from '../shared/staff-paths';
import { NewsManager } from './news-manager';

function News({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const [toast, setToast] = useState<string | null>(null);
  return (
    <StaffFrame membership={membership} title={t('news.pageTitle')} lead={<p>{t('news.lead')}</p>}>
      <Card as="div" className="staff-section">
        <NewsManager community={membership.community} notify={setToast} headingLevel={2} />
      </Card>
      <Toast message={toast} onDismiss={() => setToast(null)} dismissLabel={tc('common.close')} />
    </StaffFrame>
  );
}

/** `/c/:slug/annonces`: the team publishes and removes the announcements of the centre's page. */
export function NewsPage() {
  return (
    <StaffArea roles={STAFF_ROLES.news}>
      {(membership) => <News membership={membership} />}
    </StaffArea>
  );
}
