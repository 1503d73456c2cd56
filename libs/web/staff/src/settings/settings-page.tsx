import { useQuery } from '@apollo/client/react';
import {
  CommunitySettingsDocument,
  type CommunitySettingsFieldsFragment,
} from '@palier/web-data-access';
import { type MyMembership, LoadError } from '@palier/web-session';
import { Card, Link, LoadingRegion, Skeleton, Toast } from '@palier/web-ui';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { NewsManager } from '../news/news-manager';
import { StaffArea, StaffFrame } from '../shared/staff-frame';
import { STAFF_ROLES, staffPaths } from '../shared/staff-paths';
import { ClosuresSection } from './closures-section';
import { DocumentsSection } from './documents-section';
import { MembersSection } from './members-section';
import { OpeningHoursSection } from './opening-hours-section';
import { ProfileSection, type SectionProps } from './profile-section';

function NewsSection({ community, notify }: SectionProps) {
  const { t } = useTranslation('staff');
  return (
    <>
      <p className="staff-muted">
        {t('settings.news.intro')}{' '}
        <Link to={staffPaths.news(community.slug)}>{t('settings.news.pageLink')}</Link>
      </p>
      <NewsManager community={community} notify={notify} headingLevel={3} />
    </>
  );
}

const SECTIONS = [
  { id: 'profil', key: 'profile', Component: ProfileSection },
  { id: 'horaires', key: 'hours', Component: OpeningHoursSection },
  { id: 'fermetures', key: 'closures', Component: ClosuresSection },
  { id: 'textes', key: 'documents', Component: DocumentsSection },
  { id: 'annonces', key: 'news', Component: NewsSection },
  { id: 'membres', key: 'members', Component: MembersSection },
] as const satisfies readonly {
  id: string;
  key: string;
  Component: ComponentType<SectionProps>;
}[];

function SettingsSections({
  community,
  notify,
}: {
  community: CommunitySettingsFieldsFragment;
  notify: (message: string) => void;
}) {
  const { t } = useTranslation('staff');
  return (
    <>
      <nav className="staff-toc" aria-labelledby="settings-toc">
        <h2 id="settings-toc" className="staff-toc__title">
          {t('settings.toc')}
        </h2>
        <ul>
          {SECTIONS.map(({ id, key }) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`settings.${key}.title`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="staff-sections">
        {SECTIONS.map(({ id, key, Component }) => (
          <Card
            as="section"
            key={id}
            id={id}
            aria-labelledby={`${id}-title`}
            className="staff-section"
            data-testid={`settings-${key}`}
          >
            <h2 id={`${id}-title`} tabIndex={-1}>
              {t(`settings.${key}.title`)}
            </h2>
            <p className="staff-muted">{t(`settings.${key}.intro`)}</p>
            <Component community={community} notify={notify} />
          </Card>
        ))}
      </div>
    </>
  );
}

function Settings({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const [toast, setToast] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(CommunitySettingsDocument, {
    variables: { slug: membership.community.slug },
  });
  const community = data?.community;

  let content;
  if (community) {
    content = <SettingsSections community={community} notify={setToast} />;
  } else if (error) {
    content = <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  } else if (loading) {
    content = (
      <LoadingRegion label={tc('common.loading')}>
        <Skeleton shape="block" />
        <Skeleton shape="block" />
      </LoadingRegion>
    );
  }

  return (
    <StaffFrame
      membership={membership}
      title={t('settings.title')}
      lead={
        <>
          <p>{t('settings.lead')}</p>
          <p>
            {t('settings.privacyText')}{' '}
            <Link to={staffPaths.privacy(membership.community.slug)} icon="shield">
              {t('settings.privacyLink')}
            </Link>
          </p>
        </>
      }
    >
      {content}
      <Toast message={toast} onDismiss={() => setToast(null)} dismissLabel={tc('common.close')} />
    </StaffFrame>
  );
}

/** `/c/:slug/reglages`: the centre's settings, one section and one save button per subject. */
export function SettingsPage() {
  return (
    <StaffArea roles={STAFF_ROLES.settings}>
      {(membership) => <Settings membership={membership} />}
    </StaffArea>
  );
}
