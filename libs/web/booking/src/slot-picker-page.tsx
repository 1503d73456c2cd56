import { useMutation, useQuery } from '@apollo/client/react';
import { BOOKING_LIMITS } from '@palier/shared';
import {
  BookAppointmentAtDeskDocument,
  BookAppointmentDocument,
  BookingServicesDocument,
  BookingSlotsDocument,
  MyAppointmentsDocument,
  RescheduleAppointmentDocument,
  serverMessageOf,
  type BookingOutcomeFieldsFragment,
} from '@palier/web-data-access';
import { useLocale } from '@palier/web-i18n';
import { LoadError, type MyMembership } from '@palier/web-session';
import {
  Alert,
  Button,
  CheckboxGroup,
  ErrorSummary,
  LoadingRegion,
  Skeleton,
  StepCounter,
  TextArea,
} from '@palier/web-ui';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { AppointmentSummary } from './appointment-summary';
import { BookingArea, BookingFrame, TEAM_ROLES } from './booking-frame';
import { addDays, clockTime, dayInWords, localDate, mondayOf, whenInWords } from './booking-dates';
import { useBookingCommunity } from './use-booking-community';
import { useLiveSlots } from './use-live-slots';

interface Slot {
  startsAt: string;
  endsAt: string;
}

function SlotButtons({
  slots,
  timeZone,
  onPick,
}: {
  slots: Slot[];
  timeZone: string;
  onPick: (slot: Slot) => void;
}) {
  const { locale } = useLocale();
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const day = localDate(slot.startsAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return (
    <div className="booking-days">
      {[...days.entries()].map(([day, daySlots]) => (
        <section key={day} className="booking-day" aria-labelledby={`day-${day}`}>
          <h3 id={`day-${day}`}>{dayInWords(day, locale)}</h3>
          <ul className="booking-slots">
            {daySlots.map((slot) => (
              <li key={slot.startsAt}>
                <Button
                  variant="secondary"
                  className="booking-slot"
                  data-testid="slot"
                  data-starts-at={slot.startsAt}
                  aria-label={whenInWords(slot.startsAt, locale, timeZone)}
                  onClick={() => onPick(slot)}
                >
                  {clockTime(slot.startsAt, locale, timeZone)}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function SlotPicker({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('booking');
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { serviceId = '' } = useParams();
  const [search] = useSearchParams();
  const rescheduling = search.get('deplacer');
  const forAccount = search.get('pour');
  const forName = search.get('nom') ?? '';
  const isDesk = !!forAccount && TEAM_ROLES.includes(membership.role);
  const { id: communityId, slug, timeZone } = membership.community;
  const community = useBookingCommunity(slug);
  const services = useQuery(BookingServicesDocument, { variables: { communityId } });
  const service = services.data?.bookingServices.find((s) => s.id === serviceId);

  const [week, setWeek] = useState(() => mondayOf(localDate(new Date(), timeZone)));
  const [chosen, setChosen] = useState<Slot | null>(null);
  const [note, setNote] = useState('');
  const [consent, setConsent] = useState<string[]>([]);
  const [problems, setProblems] = useState<{ fieldId: string; message: string }[]>([]);
  const [taken, setTaken] = useState<BookingOutcomeFieldsFragment['slotTaken']>(null);

  const slots = useQuery(BookingSlotsDocument, {
    variables: { communityId, serviceId, from: week, to: addDays(week, 6) },
    fetchPolicy: 'cache-and-network',
  });
  const refetch = useCallback(() => void slots.refetch(), [slots]);
  useLiveSlots(communityId, serviceId, refetch);

  const refetchQueries = [{ query: MyAppointmentsDocument, variables: { communityId } }];
  const [book, booking] = useMutation(BookAppointmentDocument, { refetchQueries });
  const [bookAtDesk, bookingAtDesk] = useMutation(BookAppointmentAtDeskDocument);
  const [reschedule, moving] = useMutation(RescheduleAppointmentDocument, { refetchQueries });
  const busy = booking.loading || bookingAtDesk.loading || moving.loading;

  const pick = (slot: Slot) => {
    setChosen(slot);
    setTaken(null);
    setProblems([]);
    window.scrollTo(0, 0);
  };

  const submit = async () => {
    const found: { fieldId: string; message: string }[] = [];
    if (note.length > BOOKING_LIMITS.noteMax)
      found.push({ fieldId: 'booking-note', message: t('confirm.noteTooLong') });
    if (isDesk && consent.length < 2)
      found.push({ fieldId: 'booking-consent', message: t('confirm.consentMissing') });
    setProblems(found);
    if (found.length || !chosen) return;
    const input = { serviceId, startsAt: chosen.startsAt, note };
    try {
      let outcome: BookingOutcomeFieldsFragment | undefined;
      if (rescheduling) {
        const res = await reschedule({
          variables: { communityId, id: rescheduling, startsAt: chosen.startsAt },
        });
        outcome = res.data?.rescheduleAppointment;
      } else if (isDesk && forAccount) {
        const res = await bookAtDesk({
          variables: {
            communityId,
            residentAccountId: forAccount,
            input,
            consent: { residentPresent: true, residentAgrees: true },
          },
        });
        outcome = res.data?.bookAppointmentAtDesk;
      } else {
        const res = await book({ variables: { communityId, input } });
        outcome = res.data?.bookAppointment;
      }
      if (outcome?.appointment) {
        const base = `/c/${encodeURIComponent(slug)}/rendez-vous/${outcome.appointment.id}`;
        navigate(isDesk ? `${base}/fiche` : `${base}?nouveau=1`);
      } else if (outcome?.slotTaken) {
        setTaken(outcome.slotTaken);
        setChosen(null);
        void slots.refetch();
      }
    } catch (error) {
      setProblems([{ fieldId: 'booking-submit', message: serverMessageOf(error) ?? '' }]);
    }
  };

  const title = rescheduling ? t('slots.rescheduleTitle') : t('slots.title');
  if (services.error)
    return <LoadError error={services.error} onRetry={() => void services.refetch()} />;
  if (!service)
    return (
      <LoadingRegion label={t('services.title')}>
        <Skeleton shape="heading" />
        <Skeleton lines={4} />
      </LoadingRegion>
    );

  if (chosen)
    return (
      <BookingFrame title={t('confirm.title')}>
        <StepCounter current={2} total={2}>
          {t('slots.step', { step: 2 })}
        </StepCounter>
        <ErrorSummary title={t('confirm.errorTitle')} errors={problems} />
        <AppointmentSummary
          serviceName={service.name}
          startsAt={chosen.startsAt}
          timeZone={timeZone}
          forName={isDesk ? forName : null}
          where={community && `${community.name}, ${community.address}`}
          whenTestId="chosen-when"
        />
        {!rescheduling && (
          <TextArea
            id="booking-note"
            label={t('confirm.note')}
            hint={t('confirm.noteHint')}
            value={note}
            rows={3}
            maxLength={BOOKING_LIMITS.noteMax + 50}
            error={problems.find((p) => p.fieldId === 'booking-note')?.message}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
        {isDesk && (
          <CheckboxGroup
            id="booking-consent"
            name="booking-consent"
            legend={t('confirm.consentLegend')}
            options={[
              { value: 'present', label: t('confirm.present') },
              { value: 'agrees', label: t('confirm.agrees') },
            ]}
            value={consent}
            onChange={setConsent}
            error={problems.find((p) => p.fieldId === 'booking-consent')?.message}
          />
        )}
        <div className="booking-actions" id="booking-submit">
          <Button icon="check" onClick={() => void submit()} disabled={busy}>
            {rescheduling ? t('confirm.reschedule') : t('confirm.book')}
          </Button>
          <Button variant="secondary" icon="arrow-back" onClick={() => setChosen(null)}>
            {t('confirm.back')}
          </Button>
        </div>
      </BookingFrame>
    );

  const free = slots.data?.bookingSlots.slots ?? [];
  return (
    <BookingFrame
      title={title}
      lead={
        <p>
          <bdi lang="fr">{service.name}</bdi>
          {isDesk && <> — {t('slots.deskFor', { name: forName })}</>}
        </p>
      }
    >
      <StepCounter current={1} total={2}>
        {t('slots.step', { step: 1 })}
      </StepCounter>
      {taken && (
        <Alert tone="error" title={t('slots.taken')}>
          <SlotButtons slots={taken.nextSlots} timeZone={timeZone} onPick={pick} />
        </Alert>
      )}
      <div className="booking-week" aria-live="polite">
        <h2>{t('slots.week', { date: dayInWords(week, locale) })}</h2>
        <p className="booking-muted">{t('slots.live')}</p>
      </div>
      {slots.error ? (
        <LoadError error={slots.error} onRetry={() => void slots.refetch()} />
      ) : !slots.data ? (
        <LoadingRegion label={title}>
          <Skeleton lines={5} />
        </LoadingRegion>
      ) : free.length === 0 ? (
        <p>{t('slots.empty')}</p>
      ) : (
        <SlotButtons slots={free} timeZone={timeZone} onPick={pick} />
      )}
      <div className="booking-actions">
        <Button
          variant="secondary"
          icon="arrow-back"
          disabled={week <= mondayOf(localDate(new Date(), timeZone))}
          onClick={() => setWeek(addDays(week, -7))}
        >
          {t('slots.previous')}
        </Button>
        <Button variant="secondary" icon="arrow-forward" onClick={() => setWeek(addDays(week, 7))}>
          {t('slots.next')}
        </Button>
      </div>
    </BookingFrame>
  );
}

/** `/c/:slug/rendez-vous/service/:serviceId`: choose a slot, then confirm (2 steps). */
export function SlotPickerPage() {
  return <BookingArea>{(membership) => <SlotPicker membership={membership} />}</BookingArea>;
}
