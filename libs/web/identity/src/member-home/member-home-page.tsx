import { useQuery } from '@apollo/client/react';
import { errorCodeOf, MemberHomeDocument } from '@palier/web-data-access';
import { formatDateInWords, useLocale } from '@palier/web-i18n';
import {
  CONTENT_LANG,
  LoadError,
  NotFoundPage,
  useDocumentTitle,
  useMembership,
  type MyMembership,
} from '@palier/web-session';
import { Alert, ButtonLink, Link, PageLayout } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CentreText } from '../common/centre-text';
import { NoticeAlert } from '../common/notice-alert';
import { PageSkeleton } from '../common/page-skeleton';
import { HouseholdInvitations } from '../household/household-invitations';
import { useMyHousehold } from '../household/use-my-household';
import { MemberTiles } from './member-tiles';

/** A new charter or privacy notice waits for the member's agreement. */
function DocumentsBanner({ slug, kinds }: { slug: string; kinds: readonly string[] }) {
  const { t } = useTranslation('identity');
  const key =
    kinds.length > 1
      ? 'memberHome.newDocumentsBoth'
      : kinds[0] === 'charter'
        ? 'memberHome.newDocumentsCharter'
        : 'memberHome.newDocumentsPrivacy';
  return (
    <div data-testid="documents-banner">
      <Alert
        tone="info"
        title={t('memberHome.newDocumentsTitle')}
        action={
          <ButtonLink to={`/c/${encodeURIComponent(slug)}/accepter`} icon="book">
            {t('memberHome.newDocumentsLink')}
          </ButtonLink>
        }
      >
        <p>{t(key)}</p>
      </Alert>
    </div>
  );
}

function MembershipState({ slug, membership }: { slug: string; membership: MyMembership | null }) {
  const { t } = useTranslation('identity');
  const { locale } = useLocale();
  const base = `/c/${encodeURIComponent(slug)}`;
  if (!membership) {
    return (
      <div data-testid="membership-state" data-status="none">
        <p>{t('memberHome.notMember')}</p>
        <ButtonLink to={`${base}/rejoindre`} icon="user-plus">
          {t('sas.tileJoin')}
        </ButtonLink>
      </div>
    );
  }
  const timeZone = membership.community.timeZone;
  switch (membership.status) {
    case 'pending':
      return (
        <div data-testid="membership-state" data-status="pending">
          <Alert tone="info" title={t('memberHome.pendingTitle')}>
            <p>
              {t('memberHome.pendingText', {
                date: formatDateInWords(membership.requestedAt, locale, timeZone),
              })}
            </p>
          </Alert>
          <Link to={base} icon="info">
            {t('memberHome.tileSas')}
          </Link>
        </div>
      );
    case 'declined':
      return (
        <div data-testid="membership-state" data-status="declined">
          <Alert tone="info" title={t('memberHome.declinedTitle')}>
            {membership.decisionMessage ? (
              <>
                <p>{t('memberHome.declinedMessage')}</p>
                <blockquote className="decision-message">
                  <CentreText text={membership.decisionMessage} />
                </blockquote>
              </>
            ) : (
              <p>{t('memberHome.declinedNoMessage')}</p>
            )}
          </Alert>
          <ButtonLink to={`${base}#accueil`} icon="help">
            {t('memberHome.talkToDesk')}
          </ButtonLink>
        </div>
      );
    case 'suspended':
      return (
        <div data-testid="membership-state" data-status="suspended">
          <Alert tone="info" title={t('memberHome.suspendedTitle')}>
            <p>{t('join.suspended')}</p>
          </Alert>
          <ButtonLink to={`${base}#accueil`} icon="help">
            {t('memberHome.talkToDesk')}
          </ButtonLink>
        </div>
      );
    default:
      return (
        <div data-testid="membership-state" data-status="active">
          <p className="member-welcome">{t('memberHome.welcome')}</p>
          {membership.documentsToAccept.length > 0 && (
            <DocumentsBanner slug={slug} kinds={membership.documentsToAccept} />
          )}
          <MemberTiles slug={slug} role={membership.role} />
        </div>
      );
  }
}

/** `/c/:slug/espace`: the member home — the state of my membership, and where to go next. */
export function MemberHomePage() {
  const { t } = useTranslation('identity');
  const { t: common } = useTranslation();
  const { slug = '' } = useParams();
  const { me, membership, loading } = useMembership(slug);
  const { data, error, refetch } = useQuery(MemberHomeDocument, { variables: { slug } });
  const { invitations } = useMyHousehold();
  const community = data?.community;
  const code = error ? errorCodeOf(error) : undefined;
  useDocumentTitle(
    code === 'NOT_FOUND'
      ? common('notFound.documentTitle')
      : t('memberHome.documentTitle', { name: community?.name ?? '' }),
  );

  if (code === 'NOT_FOUND') return <NotFoundPage reason="community" />;
  if (!community || loading || !me) {
    return (
      <div className="page">
        {error ? (
          <PageLayout title={t('memberHome.title')}>
            <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
          </PageLayout>
        ) : (
          <PageSkeleton />
        )}
      </div>
    );
  }

  return (
    <div className="page page--wide" data-testid="member-home">
      <PageLayout
        title={t('memberHome.title')}
        lead={
          <p>
            <bdi lang={CONTENT_LANG}>{community.name}</bdi>
          </p>
        }
      >
        <NoticeAlert />
        <p className="member-hello">{t('memberHome.hello', { name: me.displayName })}</p>
        <MembershipState slug={slug} membership={membership} />
        <HouseholdInvitations invitations={invitations} />
      </PageLayout>
    </div>
  );
}
