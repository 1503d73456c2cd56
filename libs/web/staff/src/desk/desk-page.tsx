import type { MyMembership } from '@palier/web-session';
import { Card } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { StaffArea, StaffFrame } from '../shared/staff-frame';
import { STAFF_ROLES } from '../shared/staff-paths';
import { CreateAccountForm } from './create-account-form';
import { FindPerson } from './find-person';

function Desk({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('staff');
  return (
    <StaffFrame membership={membership} title={t('desk.title')} lead={<p>{t('desk.lead')}</p>}>
      <div className="staff-sections">
        <Card as="section" aria-labelledby="desk-create-title" className="staff-section">
          <h2 id="desk-create-title">{t('desk.create.title')}</h2>
          <p className="staff-muted">{t('desk.create.intro')}</p>
          <CreateAccountForm membership={membership} />
        </Card>
        <Card as="section" aria-labelledby="desk-find-title" className="staff-section">
          <h2 id="desk-find-title">{t('desk.find.title')}</h2>
          <p className="staff-muted">{t('desk.find.intro')}</p>
          <FindPerson membership={membership} />
        </Card>
      </div>
    </StaffFrame>
  );
}

/** `/c/:slug/guichet`: the desk, for a person who came in: a new account, or a new code. */
export function DeskPage() {
  return (
    <StaffArea roles={STAFF_ROLES.desk}>
      {(membership) => <Desk membership={membership} />}
    </StaffArea>
  );
}
