import ical, { ICalEventStatus } from 'ical-generator';

export interface CalendarEvent {
  /** Unique within the server; the file's UID is `${id}@${host}`. */
  id: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  description: string;
  url: string;
  cancelled: boolean;
}

export interface CalendarFacts {
  /** The product named in the file (e.g. "Rendez-vous", "Activités"). */
  product: string;
  communityName: string;
  host: string;
  events: CalendarEvent[];
}

/**
 * A calendar file (.ics) made with ical-generator: events in UTC (every calendar app shows them in
 * its own zone), with the place, a description and a link. A cancelled event gives a CANCELLED
 * event, so a calendar that imported it can remove it. Used by appointments and activities.
 */
export function calendarFile(facts: CalendarFacts): string {
  const calendar = ical({
    prodId: { company: 'Palier', product: facts.product, language: 'FR' },
    name: facts.communityName,
  });
  for (const event of facts.events)
    calendar.createEvent({
      id: `${event.id}@${facts.host}`,
      start: event.startsAt,
      end: event.endsAt,
      stamp: new Date(),
      summary: event.summary,
      location: event.location,
      description: event.description,
      url: event.url,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  return calendar.toString();
}
