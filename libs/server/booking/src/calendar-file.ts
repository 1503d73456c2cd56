import ical, { ICalEventStatus } from 'ical-generator';

export interface CalendarFacts {
  id: string;
  serviceName: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  communityName: string;
  address: string;
  whatToBring: string;
  code: string;
  manageUrl: string;
  host: string;
}

/**
 * The calendar file (.ics) of an appointment, made with ical-generator: one event in UTC (every
 * calendar app shows it in its own zone), with the address, what to bring and the link to manage it.
 * A cancelled appointment gives a CANCELLED event, so a calendar that imported it can remove it.
 */
export function calendarFile(facts: CalendarFacts): string {
  const calendar = ical({
    prodId: { company: 'Palier', product: 'Rendez-vous', language: 'FR' },
    name: facts.communityName,
  });
  calendar.createEvent({
    id: `${facts.id}@${facts.host}`,
    start: facts.startsAt,
    end: facts.endsAt,
    stamp: new Date(),
    summary: `${facts.serviceName} — ${facts.communityName}`,
    location: `${facts.communityName}, ${facts.address}`,
    description: [
      facts.whatToBring ? `À apporter : ${facts.whatToBring}` : '',
      `Code : ${facts.code}`,
      `Annuler ou changer : ${facts.manageUrl}`,
    ]
      .filter(Boolean)
      .join('\n'),
    url: facts.manageUrl,
    status: facts.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
