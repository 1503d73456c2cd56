import { useQuery } from '@apollo/client/react';
import { MyAccountDocument } from '@palier/web-data-access';
import { LANGUAGE_AUTONYMS } from '@palier/web-i18n';
import { LoadError, useDocumentTitle } from '@palier/web-session';
import { Card, Link, PageLayout } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { NoticeAlert } from '../common/notice-alert';
import { PageSkeleton } from '../common/page-skeleton';
import { DeskHistory } from './desk-history';
import { LogOutEverywhere } from './log-out-everywhere';
import { MyCommunities } from './my-communities';

/**
 * `/compte`: who I am here (name, language, email or login), my password and devices, my
 * communities, and what the desk did for me.
 */
export function AccountPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('account.title'));
  const { data, error, refetch } = useQuery(MyAccountDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const me = data?.me;

  if (!me) {
    return (
      <div className="page">
        {error ? (
          <PageLayout title={t('account.title')}>
            <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
          </PageLayout>
        ) : (
          <PageSkeleton />
        )}
      </div>
    );
  }

  return (
    <div className="page" data-testid="account-page">
      <PageLayout title={t('account.title')}>
        <NoticeAlert />
        <div className="identity-sections">
          <Card as="section" aria-labelledby="account-profile">
            <h2 id="account-profile">{t('account.profileTitle')}</h2>
            <dl className="identity-facts">
              <div>
                <dt>{t('account.displayName')}</dt>
                <dd>
                  <bdi>{me.displayName}</bdi>
                </dd>
              </div>
              <div>
                <dt>{t('account.language')}</dt>
                <dd lang={me.locale}>{LANGUAGE_AUTONYMS[me.locale]}</dd>
              </div>
              {me.email && (
                <div>
                  <dt>{t('account.email')}</dt>
                  <dd>
                    <bdi dir="ltr">{me.email}</bdi>
                  </dd>
                </div>
              )}
              {me.login && (
                <div>
                  <dt>{t('account.login')}</dt>
                  <dd>
                    <bdi dir="ltr">{me.login}</bdi>
                  </dd>
                </div>
              )}
            </dl>
            <Link to="/compte/profil" icon="user" data-testid="edit-profile">
              {t('account.editProfile')}
            </Link>
          </Card>

          <Card as="section" aria-labelledby="account-communities">
            <h2 id="account-communities">{t('account.communitiesTitle')}</h2>
            <MyCommunities memberships={me.memberships} />
          </Card>

          <Card as="section" aria-labelledby="account-household">
            <h2 id="account-household">{t('account.householdTitle')}</h2>
            <p>{t('account.householdText')}</p>
            <Link to="/foyer" icon="users">
              {t('account.householdLink')}
            </Link>
          </Card>

          <Card as="section" aria-labelledby="account-data">
            <h2 id="account-data">{t('account.dataTitle')}</h2>
            <p>{t('account.dataText')}</p>
            <Link to="/compte/donnees" icon="shield" data-testid="my-data-link">
              {t('account.dataLink')}
            </Link>
          </Card>

          <Card as="section" aria-labelledby="account-security">
            <h2 id="account-security">{t('account.securityTitle')}</h2>
            <p>
              <Link to="/compte/mot-de-passe" icon="key" data-testid="change-password">
                {t('account.changePassword')}
              </Link>
            </p>
            <LogOutEverywhere />
          </Card>

          <Card as="section" aria-labelledby="account-desk">
            <h2 id="account-desk">{t('deskHistory.title')}</h2>
            <DeskHistory actions={me.deskHistory} memberships={me.memberships} />
          </Card>
        </div>
      </PageLayout>
    </div>
  );
}
