import { DateTime } from 'luxon';
import type { DataSource, EntityManager } from 'typeorm';

const ZONE = 'Europe/Paris';

/** A local date some days from today, at a local time, in Paris. */
function local(days: number, time: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.now()
    .setZone(ZONE)
    .plus({ days })
    .set({ hour, minute, second: 0, millisecond: 0 })
    .toJSDate();
}

/** The next Saturday at least `weeks` weeks from now, at 14:00 in Paris. */
function saturday(weeks: number): Date {
  let day = DateTime.now().setZone(ZONE).plus({ weeks }).startOf('day');
  while (day.weekday !== 6) day = day.plus({ days: 1 });
  return day.set({ hour: 14 }).toJSDate();
}

interface DemoPoll {
  kind: 'single' | 'date';
  title: string;
  description: string;
  anonymous: boolean;
  opensAt: Date;
  closesAt: Date;
  options: { label: string; startsAt?: Date }[];
  outcome?: string;
  /** Ballots by demo email: option positions (single) or one answer per date (date polls). */
  ballots: [string, (number | 'yes' | 'maybe' | 'no')[]][];
}

function demoPolls(): DemoPoll[] {
  return [
    {
      kind: 'date',
      title: 'Fête de quartier : quelle date vous convient ?',
      description:
        'Nous préparons la fête de quartier au square Paul-Éluard : repas partagé, jeux pour les enfants et musique. Dites-nous quand vous pouvez venir.',
      anonymous: false,
      opensAt: local(-2, '09:00'),
      closesAt: local(12, '18:00'),
      options: [
        { label: '', startsAt: saturday(3) },
        { label: '', startsAt: saturday(4) },
        { label: 'avec le vide-grenier', startsAt: saturday(5) },
      ],
      ballots: [
        ['batisseuse@la-passerelle.example.org', ['yes', 'maybe', 'yes']],
        ['accueil@la-passerelle.example.org', ['no', 'yes', 'yes']],
      ],
    },
    {
      kind: 'single',
      title: 'Quel nouvel atelier le mercredi après-midi ?',
      description:
        'Une salle se libère le mercredi de 14 h à 17 h. Choisissez l’atelier que vous aimeriez y voir.',
      anonymous: true,
      opensAt: local(-5, '09:00'),
      closesAt: local(9, '20:00'),
      options: [
        { label: 'Couture et retouches' },
        { label: 'Cuisine du monde' },
        { label: 'Aide aux devoirs' },
        { label: 'Informatique pour débuter' },
      ],
      ballots: [
        ['batisseuse@la-passerelle.example.org', [1]],
        ['directrice@la-passerelle.example.org', [3]],
      ],
    },
    {
      kind: 'single',
      title: 'Ouvrir le centre le samedi : matin ou après-midi ?',
      description: 'Le centre peut ouvrir une demi-journée le samedi. Quel moment vous arrange ?',
      anonymous: true,
      opensAt: local(-40, '09:00'),
      closesAt: local(-20, '18:00'),
      options: [{ label: 'Le matin (9 h 30 – 12 h 30)' }, { label: 'L’après-midi (14 h – 17 h)' }],
      outcome:
        'Merci pour vos réponses : le matin l’emporte. À partir du mois prochain, l’accueil est ouvert le samedi de 9 h 30 à 12 h 30, avec la permanence de l’écrivain public.',
      ballots: [
        ['habitant@la-passerelle.example.org', [0]],
        ['batisseuse@la-passerelle.example.org', [0]],
        ['accueil@la-passerelle.example.org', [1]],
      ],
    },
  ];
}

async function castBallot(
  manager: EntityManager,
  pollId: string,
  poll: DemoPoll,
  optionIds: string[],
  accountId: string,
  choices: (number | string)[],
) {
  const [ballot] = await manager.query(
    `INSERT INTO poll_ballot (poll_id) VALUES ($1) RETURNING id`,
    [pollId],
  );
  for (const [index, choice] of choices.entries())
    await manager.query(
      `INSERT INTO poll_ballot_choice (ballot_id, poll_id, option_id, answer) VALUES ($1, $2, $3, $4)`,
      poll.kind === 'date'
        ? [ballot.id, pollId, optionIds[index], choice]
        : [ballot.id, pollId, optionIds[Number(choice)], null],
    );
  await manager.query(
    `INSERT INTO poll_participation (poll_id, anonymous, voter_key, account_id, ballot_id, voted_at)
     VALUES ($1, $2, $3, $3, $4, $5)`,
    [pollId, poll.anonymous, accountId, poll.anonymous ? null : ballot.id, poll.opensAt],
  );
}

/**
 * La Passerelle's polls: a date-finding one for the neighbourhood party, an open anonymous one,
 * and a closed one with the centre's outcome statement. Runs once (when it has no poll yet); the
 * polls are marked as announced so the demo sends no notification about them.
 */
export async function ensureDemoPolls(db: DataSource): Promise<void> {
  const [community] = await db.query(
    `SELECT c.id, a.id AS author FROM community c
       JOIN account a ON a.email = 'batisseuse@la-passerelle.example.org'
      WHERE c.slug = 'la-passerelle' AND NOT EXISTS (SELECT 1 FROM poll p WHERE p.community_id = c.id)`,
  );
  if (!community) return;
  await db.transaction(async (manager) => {
    for (const poll of demoPolls()) {
      const closed = poll.closesAt < new Date();
      const [row] = await manager.query(
        `INSERT INTO poll (community_id, kind, title, description, created_by_account_id, opens_at, closes_at,
           anonymous, voters, results_visibility, ballots_changeable, outcome, outcome_at,
           announced_at, closing_reminded_at, results_announced_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'members', 'always', $9, $10, $11, now(), $12, $12)
         RETURNING id`,
        [
          community.id,
          poll.kind,
          poll.title,
          poll.description,
          community.author,
          poll.opensAt,
          poll.closesAt,
          poll.anonymous,
          !poll.anonymous,
          poll.outcome ?? null,
          poll.outcome ? poll.closesAt : null,
          closed ? poll.closesAt : null,
        ],
      );
      const optionIds: string[] = [];
      for (const [position, option] of poll.options.entries()) {
        const [o] = await manager.query(
          `INSERT INTO poll_option (poll_id, position, label, starts_at) VALUES ($1, $2, $3, $4) RETURNING id`,
          [row.id, position, option.label, option.startsAt ?? null],
        );
        optionIds.push(o.id);
      }
      for (const [email, choices] of poll.ballots) {
        const [account] = await manager.query(`SELECT id FROM account WHERE email = $1`, [email]);
        if (account) await castBallot(manager, row.id, poll, optionIds, account.id, choices);
      }
    }
  });
}
