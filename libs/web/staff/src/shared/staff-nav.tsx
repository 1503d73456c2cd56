import type { MyMembership } from '@palier/web-session';
import { Icon } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { mayOpen, staffPaths, type StaffArea } from './staff-paths';

const AREAS: StaffArea[] = ['desk', 'requests', 'news', 'settings', 'privacy'];

/** The team's pages of this community that the person's role opens, the current one marked. */
export function StaffNav({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('staff');
  const { slug, name } = membership.community;
  const areas = AREAS.filter((area) => mayOpen(area, membership.role));
  return (
    <nav className="staff-nav" aria-label={t('nav.label')} data-testid="staff-nav">
      <p className="staff-nav__title">
        <span>{t('nav.title')}</span>{' '}
        <bdi lang="fr" className="staff-nav__community">
          {name}
        </bdi>
      </p>
      <ul className="staff-nav__list">
        {areas.map((area) => (
          <li key={area}>
            <NavLink className="staff-nav__link" to={staffPaths[area](slug)} end>
              {t(`nav.${area}`)}
            </NavLink>
          </li>
        ))}
        <li>
          <NavLink
            className="staff-nav__link staff-nav__link--public"
            to={staffPaths.community(slug)}
            end
          >
            <Icon name="home" />
            <span>{t('nav.publicPage')}</span>
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
