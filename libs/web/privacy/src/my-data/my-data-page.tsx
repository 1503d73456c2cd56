import { useQuery } from '@apollo/client/react';
import { MyConsentsDocument } from '@palier/web-data-access';
import { BackLink } from '@palier/web-identity';
import { useDocumentTitle, useMe } from '@palier/web-session';
import { Card, Link, PageLayout } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotYet } from '../common/not-yet';
import { timeZoneOf } from '../common/time-zone';
import { AccessLogSection } from './access-log-section';
import { CommunityConsents } from './community-consents';
import { ConsentHistory } from './consent-history';
import { ErasureNotice, KeptNotice } from './erasure-notice';
import { ExportSection } from './export-section';
import { plannedErasure } from './requests';
import { useMyRequests } from './use-my-requests';

function ConsentsSection() {
  const { t } = useTranslation('privacy');
  const { me } = useMe();
  const { data, error, refetch } = useQuery(MyConsentsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const slugOf = (communityId: string) =>
    me?.memberships.find((m) => m.community.id === communityId)?.community.slug;

  let body;
  if (!data) body = <NotYet error={error} retry={refetch} />;
  else if (data.myConsents.length === 0) body = <p>{t('consents.empty')}</p>;
  else
    body = data.myConsents.map((consents) => (
      <CommunityConsents
        key={consents.communityId}
        consents={consents}
        slug={slugOf(consents.communityId)}
      />
    ));

  return (
    <Card as="section" aria-labelledby="consents-title" data-testid="consents-section">
      <h2 id="consents-title">{t('consents.title')}</h2>
      <p>{t('consents.lead')}</p>
      {body}
      <ConsentHistory />
    </Card>
  );
}

/**
 * `/compte/donnees`, "Mes données": a copy of my data, my accords, who in the team looked at my
 * file, and the way to delete my account — or to keep it, while a deletion is planned.
 */
export function MyDataPage() {
  const { t } = useTranslation('privacy');
  useDocumentTitle(t('myData.title'));
  const { me } = useMe();
  const { requests, error, refetch } = useMyRequests();
  const [kept, setKept] = useState(false);
  const erasure = requests && plannedErasure(requests);

  return (
    <div className="page" data-testid="my-data-page">
      <BackLink to="/compte">{t('myData.back')}</BackLink>
      <PageLayout title={t('myData.title')} lead={<p>{t('myData.lead')}</p>}>
        {erasure && <ErasureNotice request={erasure} onKept={() => setKept(true)} />}
        {kept && !erasure && <KeptNotice />}
        <div className="privacy-sections">
          {requests ? (
            <ExportSection requests={requests} timeZone={timeZoneOf(me?.memberships ?? [])} />
          ) : (
            <NotYet error={error} retry={refetch} />
          )}
          <ConsentsSection />
          <AccessLogSection />
          <Card as="section" aria-labelledby="delete-title" data-testid="delete-section">
            <h2 id="delete-title">{t('delete.sectionTitle')}</h2>
            {erasure ? (
              <p>{t('delete.sectionPlanned')}</p>
            ) : (
              <>
                <p>{t('delete.sectionText')}</p>
                <Link to="/compte/supprimer" icon="trash" data-testid="delete-account-link">
                  {t('delete.sectionLink')}
                </Link>
              </>
            )}
          </Card>
        </div>
      </PageLayout>
    </div>
  );
}
