import type { MyMembership } from '@palier/web-session';
import { CONTENT_LANG } from '@palier/web-session';
import { Link } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { membershipWordKey } from './role-words';

/** The communities of the person, each with its state, leading to its space. */
export function MyCommunities({ memberships }: { memberships: readonly MyMembership[] }) {
  const { t } = useTranslation('identity');
  if (memberships.length === 0) {
    return (
      <>
        <p>{t('account.communitiesEmpty')}</p>
        <Link to="/" icon="home">
          {t('account.findCentre')}
        </Link>
      </>
    );
  }
  return (
    <ul className="link-list" data-testid="my-communities">
      {memberships.map((membership) => (
        <li key={membership.id}>
          <Link
            to={`/c/${encodeURIComponent(membership.community.slug)}/espace`}
            icon="arrow-forward"
            iconAfter
          >
            <bdi lang={CONTENT_LANG}>{membership.community.name}</bdi>
          </Link>{' '}
          <span className="identity-tag">{t(membershipWordKey(membership))}</span>
        </li>
      ))}
    </ul>
  );
}
