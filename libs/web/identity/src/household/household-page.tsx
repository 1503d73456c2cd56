import { LoadError, useDocumentTitle } from '@palier/web-session';
import { Alert, ButtonLink, Card, Link, PageLayout } from '@palier/web-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusPageStart } from '../common/focus';
import { NoticeAlert } from '../common/notice-alert';
import { PageSkeleton } from '../common/page-skeleton';
import { HouseholdInvitations } from './household-invitations';
import { HouseholdMembers } from './household-members';
import { LeaveHousehold } from './leave-household';
import { useMyHousehold } from './use-my-household';

/**
 * `/foyer`: the people I live with — create the household, see its adults and children, add or
 * remove a child, invite an adult, leave; and answer the invitations I received.
 */
export function HouseholdPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('household.title'));
  const { household, invitations, loading, error, refetch } = useMyHousehold();
  const [removed, setRemoved] = useState<string | null>(null);
  const [left, setLeft] = useState(false);
  // The button that was pressed is gone with what it removed: start again from the top.
  useEffect(() => {
    if (removed || left) focusPageStart();
  }, [removed, left]);

  if (loading) return <PageSkeleton />;
  if (error && !household) {
    return (
      <div className="page">
        <PageLayout title={t('household.title')}>
          <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
        </PageLayout>
      </div>
    );
  }

  if (!household) {
    return (
      <div className="page" data-testid="household-page" data-state="none">
        <PageLayout title={t('household.title')} lead={<p>{t('household.intro')}</p>}>
          <NoticeAlert />
          {left && <Alert tone="success" title={t('household.left')} />}
          <HouseholdInvitations invitations={invitations} />
          <ButtonLink to="/foyer/creer" icon="plus" data-testid="create-household">
            {t('household.create')}
          </ButtonLink>
        </PageLayout>
      </div>
    );
  }

  const me = household.members.find((m) => m.isMe);
  const adults = household.members.filter((m) => m.kind === 'adult').length;
  return (
    <div className="page" data-testid="household-page" data-state="member">
      <PageLayout
        title={t('household.title')}
        lead={
          <p>
            <bdi data-testid="household-name">{household.name}</bdi>
            {household.postalCode && (
              <span className="muted">
                {' '}
                {t('household.postalCodeShown', { postalCode: household.postalCode })}
              </span>
            )}
          </p>
        }
      >
        <NoticeAlert />
        {removed && <Alert tone="success" title={t('household.removed', { name: removed })} />}
        <HouseholdInvitations invitations={invitations} />
        <Card as="section" aria-label={t('household.membersLabel')} className="household-card">
          <HouseholdMembers members={household.members} onRemoved={(name) => setRemoved(name)} />
          <div className="identity-actions">
            <ButtonLink to="/foyer/enfant" icon="plus" data-testid="add-child">
              {t('household.addChild')}
            </ButtonLink>
          </div>
        </Card>
        <Card as="section" aria-labelledby="household-more" className="household-card">
          <h2 id="household-more">{t('household.moreTitle')}</h2>
          <ul className="link-list">
            <li>
              <Link to="/foyer/inviter" icon="user-plus" data-testid="invite-adult">
                {t('household.invite')}
              </Link>
            </li>
            <li>
              <Link to="/foyer/modifier" icon="settings" data-testid="edit-household">
                {t('household.edit')}
              </Link>
            </li>
            <li>
              <Link to="/foyer/moi" icon="user" data-testid="my-details">
                {t('household.details')}
              </Link>
            </li>
          </ul>
          {me && (
            <LeaveHousehold
              myMemberId={me.id}
              lastAdult={adults <= 1}
              onLeft={() => setLeft(true)}
            />
          )}
        </Card>
      </PageLayout>
    </div>
  );
}
