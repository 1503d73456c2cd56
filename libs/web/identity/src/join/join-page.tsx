import { useMutation, useQuery } from '@apollo/client/react';
import { errorCodeOf, JoinCommunityDocument, SasDocumentsDocument } from '@palier/web-data-access';
import {
  CONTENT_LANG,
  LoadError,
  NotFoundPage,
  useDocumentTitle,
  useMembership,
} from '@palier/web-session';
import { Alert, ButtonLink, PageLayout, StepCounter } from '@palier/web-ui';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { SignUpForm, EMPTY_SIGN_UP, type SignUpValues } from '../auth/sign-up-form';
import { BackButton, BackLink } from '../common/back-button';
import { useFocusOnNewScreen } from '../common/focus';
import { PageSkeleton } from '../common/page-skeleton';
import { DocumentStep } from './document-step';
import { JoinOutcome } from './join-outcome';
import { NameStep } from './name-step';

type Step = 'account' | 'name' | 'charter' | 'privacy';

const STEP_TITLES = {
  account: 'join.accountTitle',
  name: 'join.nameTitle',
  charter: 'join.charterTitle',
  privacy: 'join.privacyTitle',
} as const;

/** Already a member, or a request already sent: nothing to fill in. */
function AlreadyThere({ slug, status }: { slug: string; status: string }) {
  const { t } = useTranslation('identity');
  const base = `/c/${encodeURIComponent(slug)}`;
  const key =
    status === 'active'
      ? 'join.alreadyMember'
      : status === 'pending'
        ? 'join.alreadyPending'
        : 'join.suspended';
  return (
    <PageLayout title={t('join.alreadyTitle')} lead={<p>{t(key)}</p>}>
      <ButtonLink to={`${base}/espace`} icon="home">
        {t('join.goToSpace')}
      </ButtonLink>
    </PageLayout>
  );
}

/**
 * `/c/:slug/rejoindre`: the joining path, one question a screen — an account (or the name, when
 * logged in), the charter, the privacy notice — then the request is sent. The answers live here,
 * so "Retour" keeps them.
 */
export function JoinPage() {
  const { t } = useTranslation('identity');
  const { t: common } = useTranslation();
  const { slug = '' } = useParams();
  const { me, membership, loading: meLoading } = useMembership(slug);
  const { data, error, refetch } = useQuery(SasDocumentsDocument, { variables: { slug } });
  const [join] = useMutation(JoinCommunityDocument);

  const [index, setIndex] = useState(0);
  const [account, setAccount] = useState<SignUpValues>(EMPTY_SIGN_UP);
  const [displayName, setDisplayName] = useState<string | undefined>(undefined);
  const [charterAccepted, setCharterAccepted] = useState(false);
  const [privacyAccepted, setPrivacyAccepted] = useState(false);
  const [textsChanged, setTextsChanged] = useState(false);
  /** True once the request was sent from this page: the outcome is then shown. */
  const [sent, setSent] = useState(false);

  const community = data?.community;
  const steps: Step[] = [me ? 'name' : 'account', 'charter', 'privacy'];
  const step = steps[index] ?? 'account';
  const code = error ? errorCodeOf(error) : undefined;

  useDocumentTitle(
    code === 'NOT_FOUND'
      ? common('notFound.documentTitle')
      : t('join.documentTitle', {
          step: t(STEP_TITLES[step]),
          current: index + 1,
          total: steps.length,
        }),
  );

  // A new step is a new screen: read it from the top.
  useFocusOnNewScreen(sent ? 'sent' : index);

  if (code === 'NOT_FOUND') return <NotFoundPage reason="community" />;
  if (!community || meLoading) {
    return (
      <div className="page">
        {error ? (
          <PageLayout title={t('join.title')}>
            <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
          </PageLayout>
        ) : (
          <PageSkeleton />
        )}
      </div>
    );
  }

  const base = `/c/${encodeURIComponent(slug)}`;
  if (sent && membership && (membership.status === 'active' || membership.status === 'pending')) {
    return (
      <div className="page">
        <JoinOutcome slug={slug} status={membership.status} hasEmail={Boolean(me?.email)} />
      </div>
    );
  }
  if (!sent && membership && membership.status !== 'declined') {
    return (
      <div className="page">
        <AlreadyThere slug={slug} status={membership.status} />
      </div>
    );
  }

  const next = () => setIndex((i) => Math.min(i + 1, steps.length - 1));
  const back = () => setIndex((i) => Math.max(i - 1, 0));

  const sendRequest = async () => {
    setSent(true);
    try {
      await join({
        variables: {
          communityId: community.id,
          accepted: {
            charterVersion: community.charter.version,
            privacyNoticeVersion: community.privacyNotice.version,
          },
        },
      });
    } catch (failure) {
      setSent(false);
      if (errorCodeOf(failure) === 'CONFLICT') {
        // The texts changed since they were shown: read the new ones, and accept them again.
        await refetch().catch(() => undefined);
        setCharterAccepted(false);
        setPrivacyAccepted(false);
        setTextsChanged(true);
        setIndex(steps.indexOf('charter'));
        return;
      }
      throw failure;
    }
  };

  const changedNotice = textsChanged && (
    <Alert tone="info" title={t('join.textsChangedTitle')}>
      <p>{t('join.textsChangedText')}</p>
    </Alert>
  );

  let body;
  if (step === 'account') {
    body = (
      <SignUpForm
        formId="join-account"
        values={account}
        onChange={setAccount}
        onSignedUp={() => {
          setDisplayName(account.displayName.trim());
          next();
        }}
        returnTo={`${base}/rejoindre`}
      />
    );
  } else if (step === 'name' && me) {
    body = (
      <NameStep
        me={me}
        displayName={displayName ?? me.displayName}
        onChange={setDisplayName}
        onContinue={next}
      />
    );
  } else if (step === 'charter') {
    body = (
      <DocumentStep
        key="charter"
        kind="charter"
        document={community.charter}
        accepted={charterAccepted}
        onAcceptedChange={setCharterAccepted}
        onContinue={async () => next()}
        submitText={t('common.continue')}
        notice={changedNotice}
      />
    );
  } else {
    body = (
      <DocumentStep
        key="privacy"
        kind="privacy"
        document={community.privacyNotice}
        accepted={privacyAccepted}
        onAcceptedChange={setPrivacyAccepted}
        onContinue={sendRequest}
        submitText={t(
          community.admissionMode === 'automatic' ? 'join.submitAutomatic' : 'join.submitApproval',
        )}
        failureMessages={{ FORBIDDEN: t('join.suspended') }}
      />
    );
  }

  return (
    <div className="page join" data-testid="join-path" data-step={step}>
      {index === 0 ? (
        <BackLink to={base}>{t('join.backToSas')}</BackLink>
      ) : (
        <BackButton onClick={back} />
      )}
      <StepCounter current={index + 1} total={steps.length}>
        {t('join.stepCounter', { current: index + 1, total: steps.length })}
      </StepCounter>
      <PageLayout
        title={t(STEP_TITLES[step])}
        lead={
          index === 0 ? (
            <p>
              <Trans
                t={t}
                i18nKey="join.lead"
                values={{ name: community.name }}
                components={{ name: <bdi lang={CONTENT_LANG} /> }}
              />
            </p>
          ) : undefined
        }
      >
        {body}
      </PageLayout>
    </div>
  );
}
