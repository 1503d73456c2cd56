import { useMutation, useQuery } from '@apollo/client/react';
import {
  AnswerPartnershipDocument,
  EndPartnershipDocument,
  RequestPartnershipDocument,
  RequestRemotePartnershipDocument,
  SharingDirectoryDocument,
  type PartnershipFieldsFragment,
  type SharingDirectoryQuery,
  errorCodeOf,
} from '@palier/web-data-access';
import { LoadError, type MyMembership } from '@palier/web-session';
import { FormFailure, StaffFrame, StaffArea } from '@palier/web-staff';
import { Button, Card, LoadingRegion, Skeleton, TextArea, TextField } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from './confirm-button';
import { LEADER_ROLES } from './sharing-frame';

type Entry = SharingDirectoryQuery['sharingDirectory'][number];

function PartnerName({ partner }: { partner: PartnershipFieldsFragment['partner'] }) {
  const { t } = useTranslation('sharing');
  return (
    <>
      <h3>
        <bdi lang="fr" dir="auto">
          {partner.name}
        </bdi>
      </h3>
      <p className="sharing-muted">
        {t(`communityKinds.${partner.kind}`, { defaultValue: partner.kind })}
        {partner.city && <> · {partner.city}</>}
      </p>
    </>
  );
}

function Partnerships({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('sharing');
  const communityId = membership.community.id;
  const { data, error, refetch } = useQuery(SharingDirectoryDocument, {
    variables: { communityId },
    fetchPolicy: 'cache-and-network',
  });
  const [failure, setFailure] = useState<unknown>(null);
  const [messages, setMessages] = useState<Record<string, string>>({});
  const [request] = useMutation(RequestPartnershipDocument);
  const [requestRemote] = useMutation(RequestRemotePartnershipDocument);
  const [remote, setRemote] = useState({ address: '', message: '' });
  const [remoteFailure, setRemoteFailure] = useState<unknown>(null);
  const remoteCode = remoteFailure ? errorCodeOf(remoteFailure) : null;
  const remoteError =
    remoteCode === 'NOT_FOUND' || remoteCode === 'FORBIDDEN' || remoteCode === 'BAD_USER_INPUT'
      ? t(`partnerships.remoteErrors.${remoteCode}`)
      : undefined;
  const ourAddress = `${membership.community.slug}@${window.location.host}`;
  const [answer] = useMutation(AnswerPartnershipDocument);
  const [end] = useMutation(EndPartnershipDocument);
  const run = (work: () => Promise<unknown>) => {
    setFailure(null);
    work().then(() => refetch(), setFailure);
  };
  const all = data?.partnerships ?? [];
  const incoming = all.filter((p) => p.status === 'requested' && !p.requestedByUs);
  const sent = all.filter((p) => p.status === 'requested' && p.requestedByUs);
  const active = all.filter((p) => p.status === 'active');

  const list = (
    id: string,
    title: string,
    items: PartnershipFieldsFragment[],
    actions: (p: PartnershipFieldsFragment) => React.ReactNode,
  ) => (
    <section aria-labelledby={id} className="sharing-section">
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? (
        <p>{t('partnerships.none')}</p>
      ) : (
        <ul className="sharing-offers">
          {items.map((p) => (
            <Card as="li" key={p.id} className="sharing-offer" data-testid={`partnership-${id}`}>
              <PartnerName partner={p.partner} />
              {p.message && (
                <p lang="fr" dir="auto" className="sharing-text">
                  {p.message}
                </p>
              )}
              <div className="sharing-actions">{actions(p)}</div>
            </Card>
          ))}
        </ul>
      )}
    </section>
  );

  const directoryItem = (entry: Entry) => {
    const c = entry.community;
    const key = c.id ?? c.name;
    const status = entry.partnership?.status;
    return (
      <Card as="li" key={c.id} className="sharing-offer" data-testid="directory-entry">
        <PartnerName partner={c} />
        {status === 'active' ? (
          <p>{t('partnerships.isPartner')}</p>
        ) : status === 'requested' ? (
          <p>{t('partnerships.requested')}</p>
        ) : (
          <>
            <TextArea
              id={`message-${c.id}`}
              label={t('partnerships.message')}
              rows={2}
              maxLength={500}
              value={messages[key] ?? ''}
              onChange={(e) => setMessages((m) => ({ ...m, [key]: e.target.value }))}
            />
            <Button
              icon="user-plus"
              aria-label={t('partnerships.askWith', {
                name: c.name,
                interpolation: { escapeValue: false },
              })}
              onClick={() =>
                run(() =>
                  request({
                    variables: {
                      communityId,
                      partnerCommunityId: key,
                      message: messages[key] || null,
                    },
                  }),
                )
              }
            >
              {t('partnerships.ask')}
            </Button>
          </>
        )}
      </Card>
    );
  };

  return (
    <StaffFrame
      membership={membership}
      title={t('partnerships.title')}
      lead={<p>{t('partnerships.lead')}</p>}
    >
      <FormFailure error={failure} />
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingRegion label={t('partnerships.title')}>
          <Skeleton lines={5} />
        </LoadingRegion>
      ) : (
        <>
          {list('incoming', t('partnerships.incoming'), incoming, (p) => (
            <>
              <Button
                icon="check"
                onClick={() =>
                  run(() =>
                    answer({ variables: { communityId, partnershipId: p.id, accept: true } }),
                  )
                }
              >
                {t('partnerships.accept')}
              </Button>
              <Button
                variant="secondary"
                icon="close"
                onClick={() =>
                  run(() =>
                    answer({ variables: { communityId, partnershipId: p.id, accept: false } }),
                  )
                }
              >
                {t('partnerships.decline')}
              </Button>
            </>
          ))}
          {list('active', t('partnerships.active'), active, (p) => (
            <ConfirmButton
              icon="close"
              label={t('partnerships.end')}
              question={t('confirm.end')}
              onConfirm={() => run(() => end({ variables: { communityId, partnershipId: p.id } }))}
            />
          ))}
          {list('sent', t('partnerships.sent'), sent, (p) => (
            <Button
              variant="secondary"
              icon="close"
              onClick={() => run(() => end({ variables: { communityId, partnershipId: p.id } }))}
            >
              {t('partnerships.withdraw')}
            </Button>
          ))}
          <section aria-labelledby="directory" className="sharing-section">
            <h2 id="directory">{t('partnerships.directory')}</h2>
            <ul className="sharing-offers">{data.sharingDirectory.map(directoryItem)}</ul>
          </section>
          <section aria-labelledby="remote" className="sharing-section">
            <h2 id="remote">{t('partnerships.remote')}</h2>
            <p>{t('partnerships.remoteLead')}</p>
            <p>
              {t('partnerships.ourAddress')}{' '}
              <bdi dir="ltr" className="sharing-address" data-testid="our-address">
                {ourAddress}
              </bdi>
            </p>
            <form
              className="sharing-form"
              onSubmit={(e) => {
                e.preventDefault();
                setRemoteFailure(null);
                requestRemote({
                  variables: {
                    communityId,
                    address: remote.address.trim(),
                    message: remote.message || null,
                  },
                }).then(() => {
                  setRemote({ address: '', message: '' });
                  return refetch();
                }, setRemoteFailure);
              }}
            >
              {remoteFailure && !remoteError ? <FormFailure error={remoteFailure} /> : null}
              <TextField
                id="remote-address"
                label={t('partnerships.remoteAddress')}
                hint={t('partnerships.remoteAddressHint')}
                dir="ltr"
                required
                maxLength={300}
                autoComplete="off"
                error={remoteError}
                value={remote.address}
                onChange={(e) => setRemote((r) => ({ ...r, address: e.target.value }))}
              />
              <TextArea
                id="remote-message"
                label={t('partnerships.message')}
                rows={2}
                maxLength={500}
                value={remote.message}
                onChange={(e) => setRemote((r) => ({ ...r, message: e.target.value }))}
              />
              <Button type="submit" icon="user-plus">
                {t('partnerships.ask')}
              </Button>
            </form>
          </section>
        </>
      )}
    </StaffFrame>
  );
}

/** `/c/:slug/partenariats`: requests received and sent, partners, the server's directory. */
export function PartnershipsPage() {
  return (
    <StaffArea roles={LEADER_ROLES}>
      {(membership) => <Partnerships membership={membership} />}
    </StaffArea>
  );
}
