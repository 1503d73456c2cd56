import { useQuery } from '@apollo/client/react';
import { MembershipRequestsDocument, type RequestFieldsFragment } from '@palier/web-data-access';
import { type MyMembership, LoadError } from '@palier/web-session';
import { Card, LoadingRegion, Skeleton, Toast } from '@palier/web-ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffArea, StaffFrame } from '../shared/staff-frame';
import { STAFF_ROLES } from '../shared/staff-paths';
import { DecisionDialog, type Decision } from './decision-dialog';
import { RequestItem } from './request-item';

function Requests({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const { id: communityId, timeZone } = membership.community;
  const { data, loading, error, refetch } = useQuery(MembershipRequestsDocument, {
    variables: { communityId },
    fetchPolicy: 'cache-and-network',
  });
  const [open, setOpen] = useState<{ request: RequestFieldsFragment; decision: Decision } | null>(
    null,
  );
  const [toast, setToast] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const decided = (request: RequestFieldsFragment, decision: Decision) => {
    setOpen(null);
    setToast(
      decision === 'admit'
        ? t('requests.admitted', { name: request.displayName })
        : t('requests.declined', { name: request.displayName }),
    );
    // The button that opened the dialog goes away with the request: go on from the list's top.
    void refetch()
      .catch(() => undefined)
      .finally(() => listRef.current?.focus());
  };

  const requests = data?.membershipRequests;
  let content;
  if (error && !requests) {
    content = <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  } else if (!requests) {
    content = loading && (
      <LoadingRegion label={tc('common.loading')}>
        <Skeleton shape="block" />
        <Skeleton shape="block" />
      </LoadingRegion>
    );
  } else if (requests.length === 0) {
    content = (
      <Card as="div" className="staff-empty" data-testid="requests-empty">
        <h2>{t('requests.emptyTitle')}</h2>
        <p>{t('requests.emptyText')}</p>
      </Card>
    );
  } else {
    content = (
      <>
        <p>{t('requests.count', { count: requests.length })}</p>
        <ul className="staff-list" aria-label={t('requests.listLabel')} data-testid="requests">
          {requests.map((request) => (
            <RequestItem
              key={request.id}
              request={request}
              timeZone={timeZone}
              onDecide={(r, decision) => {
                setToast(null);
                setOpen({ request: r, decision });
              }}
            />
          ))}
        </ul>
      </>
    );
  }

  return (
    <StaffFrame
      membership={membership}
      title={t('requests.title')}
      lead={<p>{t('requests.lead')}</p>}
    >
      <div ref={listRef} tabIndex={-1}>
        {content}
      </div>
      <DecisionDialog
        communityId={communityId}
        request={open?.request ?? null}
        decision={open?.decision ?? 'admit'}
        onClose={() => setOpen(null)}
        onDecided={decided}
      />
      <Toast message={toast} onDismiss={() => setToast(null)} dismissLabel={tc('common.close')} />
    </StaffFrame>
  );
}

/** `/c/:slug/demandes`: the community builder's queue of requests to join, oldest first. */
export function RequestsPage() {
  return (
    <StaffArea roles={STAFF_ROLES.requests}>
      {(membership) => <Requests membership={membership} />}
    </StaffArea>
  );
}
