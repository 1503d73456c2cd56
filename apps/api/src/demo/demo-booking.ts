import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';

const weekdays = (days: number[], starts: string, ends: string) =>
  days.map((weekday) => ({ weekday, starts, ends }));

/** La Passerelle's appointment services, the people who deliver them and their weekly rules. */
const DEMO_BOOKING = {
  resources: [
    {
      key: 'nadia',
      name: 'Nadia Benali',
      kind: 'staff',
      rules: [
        ...weekdays([2, 3, 4, 5], '09:00', '12:00'),
        ...weekdays([1, 2, 4], '14:00', '17:00'),
      ],
    },
    {
      key: 'ecrivain',
      name: 'Écrivain public (bénévole)',
      kind: 'partner',
      rules: [...weekdays([3], '14:00', '17:00'), ...weekdays([6], '09:30', '12:00')],
    },
    {
      key: 'caf',
      name: 'Conseillère CAF',
      kind: 'partner',
      rules: weekdays([1, 4], '09:00', '12:00'),
    },
  ],
  services: [
    {
      name: 'Aide aux démarches en ligne',
      description:
        'Nadia vous aide pour vos démarches sur internet : CAF, France Travail, impôts, ameli, ANTS.',
      whatToBring: 'vos identifiants (adresse e-mail, mots de passe) et les papiers de la démarche',
      duration: 30,
      after: 0,
      resources: ['nadia'],
    },
    {
      name: 'Écrivain public',
      description: 'Pour écrire une lettre, remplir un formulaire ou comprendre un courrier.',
      whatToBring: 'le courrier ou le formulaire concerné',
      duration: 45,
      after: 15,
      resources: ['ecrivain'],
    },
    {
      name: 'Permanence CAF',
      description:
        'Une conseillère de la CAF répond à vos questions sur vos droits et vos dossiers.',
      whatToBring: 'votre numéro d’allocataire et une pièce d’identité',
      duration: 30,
      after: 0,
      resources: ['caf'],
    },
  ],
};

/** The next date (after today) with this ISO weekday, at a local time, in Paris. */
function next(weekday: number, time: string): DateTime {
  let day = DateTime.now().setZone('Europe/Paris').plus({ days: 1 }).startOf('day');
  while (day.weekday !== weekday) day = day.plus({ days: 1 });
  const [hour, minute] = time.split(':').map(Number);
  return day.set({ hour, minute });
}

/**
 * La Passerelle's appointments: three services with their rules, and a few bookings so that the
 * director and the desk see a living agenda. Runs once (when the community has no service yet).
 */
export async function ensureDemoBooking(db: DataSource): Promise<void> {
  const [community] = await db.query(
    `SELECT c.id FROM community c WHERE c.slug = 'la-passerelle'
        AND NOT EXISTS (SELECT 1 FROM booking_service s WHERE s.community_id = c.id)`,
  );
  if (!community) return;
  await db.transaction(async (manager) => {
    const resourceIds = new Map<string, string>();
    for (const r of DEMO_BOOKING.resources) {
      const [row] = await manager.query(
        `INSERT INTO booking_resource (community_id, name, kind) VALUES ($1, $2, $3) RETURNING id`,
        [community.id, r.name, r.kind],
      );
      resourceIds.set(r.key, row.id);
      for (const rule of r.rules)
        await manager.query(
          `INSERT INTO booking_rule (community_id, resource_id, weekday, starts, ends) VALUES ($1, $2, $3, $4, $5)`,
          [community.id, row.id, rule.weekday, rule.starts, rule.ends],
        );
    }
    const serviceIds: string[] = [];
    for (const s of DEMO_BOOKING.services) {
      const [row] = await manager.query(
        `INSERT INTO booking_service (community_id, name, description, what_to_bring, duration_minutes,
           buffer_after_minutes, min_notice_minutes, max_horizon_days, max_per_week)
         VALUES ($1, $2, $3, $4, $5, $6, 60, 60, 2) RETURNING id`,
        [community.id, s.name, s.description, s.whatToBring, s.duration, s.after],
      );
      serviceIds.push(row.id);
      for (const key of s.resources)
        await manager.query(
          `INSERT INTO booking_service_resource (community_id, service_id, resource_id) VALUES ($1, $2, $3)`,
          [community.id, row.id, resourceIds.get(key)],
        );
    }
    const [resident] = await manager.query(
      `SELECT id FROM account WHERE email = 'habitant@la-passerelle.example.org'`,
    );
    const [desk] = await manager.query(
      `SELECT id FROM account WHERE email = 'accueil@la-passerelle.example.org'`,
    );
    const bookings = [
      {
        service: 2,
        resource: 'caf',
        at: next(4, '09:00'),
        minutes: 30,
        note: 'Question sur la prime d’activité',
        atDesk: false,
      },
      {
        service: 0,
        resource: 'nadia',
        at: next(2, '09:30'),
        minutes: 30,
        note: 'Renouvellement de la carte Vitale',
        atDesk: true,
      },
      {
        service: 1,
        resource: 'ecrivain',
        at: next(3, '14:00'),
        minutes: 45,
        note: '',
        atDesk: true,
      },
    ];
    for (const [index, b] of bookings.entries()) {
      const starts = b.at.toJSDate();
      const ends = b.at.plus({ minutes: b.minutes }).toJSDate();
      const blockedEnd = b.at
        .plus({ minutes: b.minutes + DEMO_BOOKING.services[b.service].after })
        .toJSDate();
      const [row] = await manager.query(
        `INSERT INTO appointment (community_id, service_id, resource_id, resident_account_id, booked_by_account_id,
           at_desk, starts_at, ends_at, blocked, status, note, code)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, tstzrange($7, $9), 'confirmed', $10, $11) RETURNING id`,
        [
          community.id,
          serviceIds[b.service],
          resourceIds.get(b.resource),
          resident.id,
          b.atDesk ? desk.id : resident.id,
          b.atDesk,
          starts,
          ends,
          blockedEnd,
          b.note,
          `DEMO0${index + 1}`,
        ],
      );
      await manager.query(
        `INSERT INTO appointment_event (appointment_id, community_id, action, by_account_id, at_desk)
         VALUES ($1, $2, 'booked', $3, $4)`,
        [row.id, community.id, b.atDesk ? desk.id : resident.id, b.atDesk],
      );
    }
  });
}
