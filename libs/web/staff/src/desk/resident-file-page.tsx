import { useQuery } from '@apollo/client/react';
import type { FileReason } from '@palier/shared';
import { ResidentFileDocument, type ResidentFileQuery } from '@palier/web-data-access';
import { formatDateInWords, formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { LoadError, type MyMembership } from '@palier/web-session';
import { Alert, Button, Card, Link, LoadingRegion, Skeleton } from '@palier/web-ui';
import { useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { FormErrorSummary } from '../shared/form-errors';
import { StaffArea, StaffFrame } from '../shared/staff-frame';
import { STAFF_ROLES, staffPaths } from '../shared/staff-paths';
import { DeskErasureDialog } from './desk-erasure-dialog';
import { readFileReason, useFileReason } from './file-reason';

type File = ResidentFileQuery['residentFile'];

const ROLES = ['resident', 'staff', 'builder', 'admin'] as const;
const STATUSES = ['active', 'pending', 'declined', 'suspended'] as const;
const CONSENT_KINDS = ['charter', 'privacy_notice', 'photo_public', 'newsletter'] as const;
const DESK_ACTIONS = [
  'account_created',
  'activation_code_reissued',
  'appointment_booked',
  'appointment_rescheduled',
] as const;

/** One of `known` when the API's word is one, else the fallback. */
function known<T extends string, F extends string>(
  list: readonly T[],
  value: string,
  fallback: F,
): T | F {
  return (list as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Who the person is here: how they log in, their account, their role and since when. */
function PersonFacts({ file, timeZone }: { file: File; timeZone: string }) {
  const { t } = useTranslation('staff');
  const { locale } = useLocale();
  const facts: { term: string; value: ReactNode; shown: boolean }[] = [
    { term: t('members.login'), value: <bdi dir="ltr">{file.login}</bdi>, shown: !!file.login },
    { term: t('members.email'), value: <bdi dir="ltr">{file.email}</bdi>, shown: !!file.email },
    {
      term: t('desk.file.account'),
      value:
        file.accountStatus === 'active'
          ? t('desk.file.accountActive')
          : t('desk.file.accountPending'),
      shown: true,
    },
    {
      term: t('members.role'),
      value: t(`roles.${known(ROLES, file.role, 'resident')}`),
      shown: true,
    },
    {
      term: t('desk.file.membership'),
      value: t(`statuses.${known(STATUSES, file.membershipStatus, 'active')}`),
      shown: true,
    },
    {
      term: t('desk.file.memberSince'),
      value: formatDateInWords(file.memberSince, locale, timeZone),
      shown: true,
    },
  ];
  return (
    <dl className="staff-facts">
      {facts
        .filter((fact) => fact.shown)
        .map(({ term, value }) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** The household, the consents in this centre and what the desk did: the rest of the file. */
function FileSections({ file, timeZone }: { file: File; timeZone: string }) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  return (
    <>
      <Card as="section" aria-labelledby="file-household" className="staff-section">
        <h2 id="file-household">{t('desk.file.householdTitle')}</h2>
        {file.household ? (
          <>
            <p>
              <bdi>{file.household.name}</bdi>
            </p>
            <ul className="staff-history">
              {file.household.members.map((member) => (
                <li key={member.id}>
                  <bdi>{member.name}</bdi> —{' '}
                  {member.kind === 'adult'
                    ? t('desk.file.adult')
                    : member.birthYear
                      ? t('desk.file.childBorn', { year: member.birthYear })
                      : t('desk.file.child')}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('desk.file.householdNone')}</p>
        )}
      </Card>
      <Card as="section" aria-labelledby="file-consents" className="staff-section">
        <h2 id="file-consents">{t('desk.file.consentsTitle')}</h2>
        {file.consents.length === 0 ? (
          <p>{t('desk.file.consentsEmpty')}</p>
        ) : (
          <ul className="staff-history" data-testid="file-consents">
            {file.consents.map((consent, index) => (
              <li key={`${consent.kind}-${consent.recordedAt}-${index}`}>
                {t('desk.file.consentLine', {
                  kind: t(`consentKinds.${known(CONSENT_KINDS, consent.kind, 'other')}`),
                  answer: consent.granted ? t('desk.file.consentYes') : t('desk.file.consentNo'),
                  date: formatDateInWords(consent.recordedAt, locale, timeZone),
                })}
                {consent.version !== null &&
                  ` (${t('desk.file.consentVersion', { version: consent.version })})`}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card as="section" aria-labelledby="file-desk" className="staff-section">
        <h2 id="file-desk">{t('desk.file.deskTitle')}</h2>
        {file.deskActions.length === 0 ? (
          <p>{t('desk.file.deskEmpty')}</p>
        ) : (
          <ul className="staff-history">
            {file.deskActions.map((action) => (
              <li key={action.id}>
                <Trans
                  t={t}
                  i18nKey={`desk.file.deskAction.${known(DESK_ACTIONS, action.action, 'other')}`}
                  values={{
                    staff: action.staffName,
                    date: formatDateTimeInWords(action.createdAt, locale, timeZone, tc),
                  }}
                  components={{ name: <bdi /> }}
                />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}

/** The file itself: opening it (with the reason) is what writes the line in the access log. */
function FileView({
  membership,
  accountId,
  reason,
}: {
  membership: MyMembership;
  accountId: string;
  reason: FileReason;
}) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const { id: communityId, slug, timeZone } = membership.community;
  // Never kept in the cache: each time the file shows, it was opened, and logged, for a reason.
  const { data, error, refetch } = useQuery(ResidentFileDocument, {
    variables: { communityId, accountId, reason },
    fetchPolicy: 'no-cache',
  });
  const [erasing, setErasing] = useState(false);
  const [erasureOn, setErasureOn] = useState<string | null>(null);
  const file = data?.residentFile;

  let content;
  if (!file) {
    content = error ? (
      <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
    ) : (
      <LoadingRegion label={tc('common.loading')}>
        <Skeleton shape="block" />
      </LoadingRegion>
    );
  } else {
    const planned = file.erasurePlanned || erasureOn !== null;
    content = (
      <>
        {planned && (
          <Alert tone="info" title={t('desk.erase.title')}>
            <p data-testid="file-erasure-planned">
              {erasureOn
                ? t('desk.file.erasurePlannedOn', {
                    date: formatDateTimeInWords(erasureOn, locale, timeZone, tc),
                  })
                : t('desk.file.erasurePlanned')}
            </p>
          </Alert>
        )}
        <div className="staff-sections">
          <Card as="section" aria-labelledby="file-person" className="staff-section">
            <h2 id="file-person">{t('desk.file.personTitle')}</h2>
            <PersonFacts file={file} timeZone={timeZone} />
          </Card>
          <FileSections file={file} timeZone={timeZone} />
          {!planned && (
            <Card as="section" aria-labelledby="file-erase" className="staff-section">
              <h2 id="file-erase">{t('desk.erase.title')}</h2>
              {file.role === 'resident' ? (
                <>
                  <p>{t('desk.erase.intro')}</p>
                  <Button variant="secondary" icon="trash" onClick={() => setErasing(true)}>
                    {t('desk.erase.button')}
                  </Button>
                </>
              ) : (
                <p>{t('desk.erase.teamOnly')}</p>
              )}
            </Card>
          )}
        </div>
        <DeskErasureDialog
          open={erasing}
          membership={membership}
          accountId={file.accountId}
          name={file.displayName}
          onClose={() => setErasing(false)}
          onDone={(executeAfter) => {
            setErasureOn(executeAfter);
            setErasing(false);
          }}
        />
      </>
    );
  }

  return (
    <StaffFrame
      membership={membership}
      title={
        file ? t('desk.file.title', { name: file.displayName }) : t('desk.file.reasonPageTitle')
      }
      lead={file && <p>{t('desk.file.lead', { reason: t(`desk.reasons.${reason}`) })}</p>}
    >
      <p>
        <Link to={staffPaths.desk(slug)} icon="arrow-back">
          {t('desk.file.back')}
        </Link>
      </p>
      <div data-testid="resident-file">{content}</div>
    </StaffFrame>
  );
}

function ResidentFile({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('staff');
  const { accountId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const reason = readFileReason(search.get('raison'));
  const choice = useFileReason('file-reason', (chosen) =>
    setSearch({ raison: chosen }, { replace: true }),
  );
  if (reason) return <FileView membership={membership} accountId={accountId} reason={reason} />;
  // Opened without a reason (an address typed or kept): ask for it first.
  return (
    <StaffFrame membership={membership} title={t('desk.file.reasonPageTitle')}>
      <form noValidate onSubmit={choice.submit} className="staff-measure">
        <FormErrorSummary form={choice.form} />
        {choice.field}
        <Button type="submit" icon="arrow-forward">
          {t('desk.file.submit')}
        </Button>
      </form>
    </StaffFrame>
  );
}

/**
 * `/c/:slug/guichet/personne/:accountId?raison=visit`: a person's file at the desk. The reason is
 * part of the address, and written with each opening to the access log the person reads.
 */
export function ResidentFilePage() {
  return (
    <StaffArea roles={STAFF_ROLES.desk}>
      {(membership) => <ResidentFile membership={membership} />}
    </StaffArea>
  );
}
