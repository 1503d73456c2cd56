import { useLazyQuery, useQuery } from '@apollo/client/react';
import { BookingServicesDocument, DeskResidentsDocument } from '@palier/web-data-access';
import type { MyMembership } from '@palier/web-session';
import { Button, ButtonLink, RadioGroup, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BookingArea, BookingFrame, TEAM_ROLES } from './booking-frame';

function DeskBooking({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('booking');
  const { id: communityId, slug } = membership.community;
  const [search, setSearch] = useState('');
  const [serviceId, setServiceId] = useState<string | undefined>();
  const services = useQuery(BookingServicesDocument, { variables: { communityId } });
  const [find, found] = useLazyQuery(DeskResidentsDocument);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void find({ variables: { communityId, search } });
  };
  const people = (found.data?.members.edges ?? [])
    .map((e) => e.node)
    .filter((m) => m.status === 'active');
  const service = serviceId ?? services.data?.bookingServices[0]?.id;
  return (
    <BookingFrame title={t('desk.title')} lead={<p>{t('desk.lead')}</p>}>
      {services.data && (
        <RadioGroup
          id="desk-service"
          name="desk-service"
          legend={t('desk.service')}
          options={services.data.bookingServices.map((s) => ({ value: s.id, label: s.name }))}
          value={service}
          onChange={setServiceId}
        />
      )}
      <form onSubmit={submit} className="booking-search" role="search">
        <TextField
          id="desk-search"
          label={t('desk.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Button type="submit" variant="secondary" icon="eye">
          {t('desk.find')}
        </Button>
      </form>
      {found.data && people.length === 0 && <p>{t('desk.none')}</p>}
      <ul className="booking-list">
        {people.map((p) => (
          <li key={p.accountId} data-testid="desk-person">
            <ButtonLink
              variant="secondary"
              icon="calendar"
              to={`/c/${encodeURIComponent(slug)}/rendez-vous/service/${service}?pour=${p.accountId}&nom=${encodeURIComponent(p.displayName)}`}
            >
              {t('desk.choose', { name: p.displayName })}
            </ButtonLink>{' '}
            <span className="booking-muted">{p.email ?? p.login}</span>
          </li>
        ))}
      </ul>
    </BookingFrame>
  );
}

/** `/c/:slug/agenda/reserver`: find the person at the desk, then choose a slot for them. */
export function DeskBookingPage() {
  return (
    <BookingArea roles={TEAM_ROLES}>
      {(membership) => <DeskBooking membership={membership} />}
    </BookingArea>
  );
}
