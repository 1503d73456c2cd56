import { useMutation, useQuery } from '@apollo/client/react';
import {
  AcceptCommunityDocumentsDocument,
  errorCodeOf,
  SasDocumentsDocument,
} from '@palier/web-data-access';
import { LoadError, useDocumentTitle, useMembership } from '@palier/web-session';
import { Alert, ButtonLink, PageLayout, StepCounter } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BackButton, BackLink } from '../common/back-button';
import { useFocusOnNewScreen } from '../common/focus';
import { noticeState } from '../common/notice';
import { PageSkeleton } from '../common/page-skeleton';
import { DocumentStep, type DocumentStepKind } from '../join/document-step';

/**
 * `/c/:slug/accepter`: the community published a new charter or privacy notice; the member reads
 * each new text and accepts it, one screen each.
 */
export function AcceptDocumentsPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('accept.title'));
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const { membership, loading } = useMembership(slug);
  const { data, error, refetch } = useQuery(SasDocumentsDocument, { variables: { slug } });
  const [accept] = useMutation(AcceptCommunityDocumentsDocument);
  const [index, setIndex] = useState(0);
  const [accepted, setAccepted] = useState<Record<DocumentStepKind, boolean>>({
    charter: false,
    privacy: false,
  });
  const [textsChanged, setTextsChanged] = useState(false);
  // The steps are fixed when the page opens: accepting changes the list the server sends.
  const [steps, setSteps] = useState<DocumentStepKind[] | null>(null);
  const pending = membership?.documentsToAccept;
  if (steps === null && pending) {
    setSteps(pending.map((kind) => (kind === 'charter' ? 'charter' : 'privacy')));
  }

  useFocusOnNewScreen(index);

  const base = `/c/${encodeURIComponent(slug)}`;
  const community = data?.community;
  if (loading || (!community && !error)) return <PageSkeleton />;
  if (!community) {
    return (
      <div className="page">
        <PageLayout title={t('accept.title')}>
          <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
        </PageLayout>
      </div>
    );
  }
  if (!membership || !steps || steps.length === 0) {
    return (
      <div className="page">
        <PageLayout title={t('accept.title')} lead={<p>{t('accept.nothing')}</p>}>
          <ButtonLink to={`${base}/espace`} icon="home">
            {t('join.goToSpace')}
          </ButtonLink>
        </PageLayout>
      </div>
    );
  }

  const kind = steps[index] ?? 'charter';
  const last = index === steps.length - 1;
  const send = async () => {
    try {
      await accept({
        variables: {
          communityId: community.id,
          accepted: {
            charterVersion: community.charter.version,
            privacyNoticeVersion: community.privacyNotice.version,
          },
        },
      });
    } catch (failure) {
      if (errorCodeOf(failure) === 'CONFLICT') {
        await refetch().catch(() => undefined);
        setAccepted({ charter: false, privacy: false });
        setTextsChanged(true);
        setIndex(0);
        return;
      }
      throw failure;
    }
    void navigate(`${base}/espace`, noticeState('documentsAccepted'));
  };

  return (
    <div className="page" data-testid="accept-documents">
      {index === 0 ? (
        <BackLink to={`${base}/espace`} />
      ) : (
        <BackButton onClick={() => setIndex(index - 1)} />
      )}
      {steps.length > 1 && (
        <StepCounter current={index + 1} total={steps.length}>
          {t('join.stepCounter', { current: index + 1, total: steps.length })}
        </StepCounter>
      )}
      <PageLayout
        title={t(kind === 'charter' ? 'accept.charterTitle' : 'accept.privacyTitle')}
        lead={<p>{t('accept.lead')}</p>}
      >
        <DocumentStep
          key={kind}
          kind={kind}
          document={kind === 'charter' ? community.charter : community.privacyNotice}
          accepted={accepted[kind]}
          onAcceptedChange={(value) => setAccepted({ ...accepted, [kind]: value })}
          onContinue={last ? send : async () => setIndex(index + 1)}
          submitText={t(last ? 'accept.submit' : 'common.continue')}
          notice={
            textsChanged && (
              <Alert tone="info" title={t('join.textsChangedTitle')}>
                <p>{t('join.textsChangedText')}</p>
              </Alert>
            )
          }
        />
      </PageLayout>
    </div>
  );
}
