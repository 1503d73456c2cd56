import { ButtonLink, Icon, PageLayout } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';

export interface JoinOutcomeProps {
  slug: string;
  status: 'active' | 'pending';
  hasEmail: boolean;
}

/** The end of the path: welcome (admitted at once), or the request is on its way. */
export function JoinOutcome({ slug, status, hasEmail }: JoinOutcomeProps) {
  const { t } = useTranslation('identity');
  const base = `/c/${encodeURIComponent(slug)}`;
  if (status === 'active') {
    return (
      <div data-testid="join-outcome" data-status="active">
        <PageLayout
          title={
            <span className="identity-title-icon">
              <Icon name="check" />
              <span>{t('join.welcomeTitle')}</span>
            </span>
          }
          lead={<p>{t('join.welcomeText')}</p>}
        >
          <ButtonLink to={`${base}/espace`} icon="home" data-testid="go-to-space">
            {t('join.goToSpace')}
          </ButtonLink>
        </PageLayout>
      </div>
    );
  }
  return (
    <div data-testid="join-outcome" data-status="pending">
      <PageLayout
        title={
          <span className="identity-title-icon">
            <Icon name="check" />
            <span>{t('join.sentTitle')}</span>
          </span>
        }
        lead={<p>{t(hasEmail ? 'join.sentTextEmail' : 'join.sentText')}</p>}
      >
        <ButtonLink to={base} variant="secondary" icon="arrow-back">
          {t('join.backToSas')}
        </ButtonLink>
      </PageLayout>
    </div>
  );
}
