import { expandSeries, localInstant } from '@palier/server-activities';
import { DEFAULT_ACTIVITY_CATEGORIES } from '@palier/shared';
import { DateTime } from 'luxon';
import type { DataSource, EntityManager } from 'typeorm';

const ZONE = 'Europe/Paris';

/** Families of La Passerelle who registered at the desk: accounts without a password. */
const FAMILIES = [
  {
    login: 'demo.famille.martin',
    name: 'Julie Martin',
    household: 'Famille Martin',
    children: [
      ['Léo', 8],
      ['Inès', 10],
    ],
  },
  {
    login: 'demo.famille.benali',
    name: 'Karim Benali',
    household: 'Famille Benali',
    children: [
      ['Yanis', 7],
      ['Lina', 11],
    ],
  },
  {
    login: 'demo.famille.nguyen',
    name: 'Thi Nguyen',
    household: 'Famille Nguyen',
    children: [['Minh', 9]],
  },
  {
    login: 'demo.famille.lopez',
    name: 'Carmen Lopez',
    household: 'Famille Lopez',
    children: [
      ['Hugo', 12],
      ['Sara', 6],
    ],
  },
  { login: 'demo.monique.petit', name: 'Monique Petit', household: 'Monique Petit', children: [] },
  { login: 'demo.ahmed.haddad', name: 'Ahmed Haddad', household: 'Ahmed Haddad', children: [] },
  { login: 'demo.odette.roux', name: 'Odette Roux', household: 'Odette Roux', children: [] },
] as const;

interface DemoActivity {
  title: string;
  category: (typeof DEFAULT_ACTIVITY_CATEGORIES)[number];
  description: string;
  place: string;
  ages?: [number | null, number | null];
  price: string;
  visibility?: 'members' | 'public';
  /** A weekly series (weekday, times, weeks before and after today) … */
  weekly?: {
    weekday: number;
    starts: string;
    ends: string;
    weeksBefore: number;
    weeksAfter: number;
  };
  /** … or single dates, days from today. */
  dates?: { inDays: number; starts: string; ends: string }[];
  capacity: number | null;
  seriesCapacity?: number;
}

const ACTIVITIES: DemoActivity[] = [
  {
    title: 'Atelier numérique',
    category: 'Numérique',
    description:
      'Apprendre à se servir de sa boîte mail, de son téléphone et des sites des administrations, à son rythme.',
    place: 'Salle informatique',
    ages: [16, null],
    price: 'Gratuit',
    weekly: { weekday: 2, starts: '14:00', ends: '16:00', weeksBefore: 4, weeksAfter: 8 },
    capacity: 8,
  },
  {
    title: 'Sortie à la mer',
    category: 'Sorties',
    description:
      'Une journée à Cabourg en car : plage, pique-nique et jeux. Prévoir maillot, casquette et crème solaire.',
    place: 'Départ devant le centre à 7 h 30',
    ages: [3, null],
    price: '5 € par adulte, 2 € par enfant, à régler à l’accueil',
    dates: [{ inDays: 19, starts: '07:30', ends: '19:30' }],
    capacity: 6,
  },
  {
    title: 'Aide aux devoirs',
    category: 'Accompagnement scolaire',
    description:
      'Des bénévoles accompagnent les enfants du CP au CM2 pour leurs devoirs, puis un goûter.',
    place: 'Salle des Tilleuls',
    ages: [6, 11],
    price: '10 € l’année',
    weekly: { weekday: 1, starts: '16:45', ends: '18:00', weeksBefore: 3, weeksAfter: 20 },
    capacity: null,
    seriesCapacity: 12,
  },
  {
    title: 'Gym douce seniors',
    category: 'Seniors',
    description:
      'Étirements, équilibre et respiration avec Martine, éducatrice sportive. Tenue souple conseillée.',
    place: 'Gymnase Jean-Moulin',
    ages: [60, null],
    price: '2 € la séance',
    weekly: { weekday: 4, starts: '10:00', ends: '11:00', weeksBefore: 4, weeksAfter: 10 },
    capacity: 15,
  },
  {
    title: 'Repas partagé',
    category: 'Famille',
    description:
      'Chacun apporte un plat à partager. Un moment convivial ouvert à tous les habitants du quartier.',
    place: 'Grande salle',
    price: 'Gratuit, apportez un plat',
    visibility: 'public',
    dates: [
      { inDays: 12, starts: '12:00', ends: '14:30' },
      { inDays: 40, starts: '12:00', ends: '14:30' },
    ],
    capacity: 40,
  },
  {
    title: 'Café des parents',
    category: 'Famille',
    description:
      'Un café pour échanger entre parents sur l’école, le sommeil, les écrans… avec une animatrice.',
    place: 'Espace accueil',
    price: 'Gratuit',
    weekly: { weekday: 5, starts: '09:00', ends: '10:30', weeksBefore: 2, weeksAfter: 6 },
    capacity: null,
  },
  {
    title: 'Atelier cuisine parents-enfants',
    category: 'Famille',
    description: 'Préparer ensemble des crêpes et une salade de fruits, puis les déguster.',
    place: 'Cuisine pédagogique',
    ages: [5, null],
    price: '3 € par famille',
    dates: [{ inDays: 9, starts: '14:30', ends: '16:30' }],
    capacity: 10,
  },
  {
    title: 'Club ados',
    category: 'Jeunesse',
    description: 'Jeux, projets et sorties pour les 11-17 ans, avec Mehdi, animateur jeunesse.',
    place: 'Local jeunes',
    ages: [11, 17],
    price: 'Adhésion au centre',
    weekly: { weekday: 3, starts: '14:00', ends: '17:00', weeksBefore: 2, weeksAfter: 8 },
    capacity: 16,
  },
  {
    title: 'Cours de français',
    category: 'Culture et loisirs',
    description:
      'Parler, lire et écrire le français de tous les jours, en petits groupes, avec des bénévoles.',
    place: 'Salle 2',
    ages: [16, null],
    price: 'Gratuit',
    weekly: { weekday: 1, starts: '09:30', ends: '11:30', weeksBefore: 3, weeksAfter: 12 },
    capacity: 12,
  },
  {
    title: 'Balade à vélo au parc de la Poudrerie',
    category: 'Sorties',
    description: 'Une balade tranquille de 15 km, vélos prêtés par l’association Vélo Solidaire.',
    place: 'Départ du centre',
    ages: [10, null],
    price: 'Gratuit',
    dates: [{ inDays: 26, starts: '10:00', ends: '12:30' }],
    capacity: 12,
  },
  {
    title: 'Initiation smartphone',
    category: 'Numérique',
    description: 'Appeler en vidéo ses petits-enfants, envoyer des photos, se méfier des arnaques.',
    place: 'Salle informatique',
    ages: [60, null],
    price: 'Gratuit',
    dates: [{ inDays: 6, starts: '14:00', ends: '16:00' }],
    capacity: 8,
  },
  {
    title: 'Jardin partagé',
    category: 'Culture et loisirs',
    description: 'Semer, arroser, récolter ensemble au jardin du square Lamartine.',
    place: 'Square Lamartine',
    price: 'Gratuit',
    visibility: 'public',
    weekly: { weekday: 6, starts: '10:00', ends: '12:00', weeksBefore: 2, weeksAfter: 8 },
    capacity: null,
  },
];

type Person = {
  key: string;
  account: string | null;
  member: string | null;
  household: string;
  birthYear: number | null;
  postal: string | null;
};

async function ensureFamilies(
  m: EntityManager,
  communityId: string,
): Promise<Map<string, Person[]>> {
  const year = new Date().getFullYear();
  const people = new Map<string, Person[]>();
  for (const f of FAMILIES) {
    const [account] = await m.query(
      `INSERT INTO account (login, display_name) VALUES ($1, $2) RETURNING id`,
      [f.login, f.name],
    );
    await m.query(
      `INSERT INTO membership (community_id, account_id, role, status, decided_at) VALUES ($1, $2, 'resident', 'active', now())`,
      [communityId, account.id],
    );
    const [household] = await m.query(
      `INSERT INTO household (name, postal_code, created_by_account_id) VALUES ($1, '93420', $2) RETURNING id`,
      [f.household, account.id],
    );
    const adultYear = f.children.length ? year - 38 : year - 72;
    await m.query(
      `INSERT INTO household_member (household_id, kind, account_id, birth_year) VALUES ($1, 'adult', $2, $3)`,
      [household.id, account.id, adultYear],
    );
    const list: Person[] = [
      {
        key: account.id,
        account: account.id,
        member: null,
        household: household.id,
        birthYear: adultYear,
        postal: '93420',
      },
    ];
    for (const [first, age] of f.children) {
      const [child] = await m.query(
        `INSERT INTO household_member (household_id, kind, first_name, birth_year) VALUES ($1, 'child', $2, $3) RETURNING id`,
        [household.id, first, year - age],
      );
      list.push({
        key: child.id,
        account: null,
        member: child.id,
        household: household.id,
        birthYear: year - age,
        postal: '93420',
      });
    }
    people.set(f.login, list);
  }
  // The demo resident's household (created by seed-demo): Awa and Moussa.
  const diallo: {
    id: string;
    account_id: string | null;
    household_id: string;
    birth_year: number | null;
  }[] = await m.query(
    `SELECT hm.id, hm.account_id, hm.household_id, hm.birth_year FROM household_member hm
      WHERE hm.household_id = (SELECT household_id FROM household_member WHERE account_id =
        (SELECT id FROM account WHERE email = 'habitant@la-passerelle.example.org'))
      ORDER BY hm.kind, hm.added_at`,
  );
  people.set(
    'diallo',
    diallo.map((d) => ({
      key: d.account_id ?? d.id,
      account: d.account_id,
      member: d.account_id ? null : d.id,
      household: d.household_id,
      birthYear: d.birth_year,
      postal: '93420',
    })),
  );
  return people;
}

/**
 * La Passerelle's activities: a dozen, with weekly series and single dates, registrations of demo
 * families, "Sortie à la mer" full with the demo resident's children on the waiting list, and the
 * attendance of past sessions. Runs once (when the community has no activity yet).
 */
export async function ensureDemoActivities(db: DataSource): Promise<void> {
  const [community] = await db.query(
    `SELECT c.id FROM community c WHERE c.slug = 'la-passerelle'
        AND NOT EXISTS (SELECT 1 FROM activity a WHERE a.community_id = c.id)`,
  );
  if (!community) return;
  const [desk] = await db.query(
    `SELECT id FROM account WHERE email = 'accueil@la-passerelle.example.org'`,
  );
  await db.transaction(async (m) => {
    const categories = new Map<string, string>();
    for (const [position, name] of DEFAULT_ACTIVITY_CATEGORIES.entries()) {
      const [row] = await m.query(
        `INSERT INTO activity_category (community_id, name, position) VALUES ($1, $2, $3)
         ON CONFLICT (community_id, name) DO UPDATE SET position = EXCLUDED.position RETURNING id`,
        [community.id, name, position],
      );
      categories.set(name, row.id);
    }
    const people = await ensureFamilies(m, community.id);
    const today = DateTime.now().setZone(ZONE).startOf('day');
    const isoDay = (d: DateTime) => d.toFormat('yyyy-MM-dd');
    for (const a of ACTIVITIES) {
      const series = a.seriesCapacity !== undefined;
      const [activity] = await m.query(
        `INSERT INTO activity (community_id, category_id, title, description, place, age_min, age_max, price_note,
           visibility, capacity_mode, series_capacity, created_by_account_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          community.id,
          categories.get(a.category),
          a.title,
          a.description,
          a.place,
          a.ages?.[0] ?? null,
          a.ages?.[1] ?? null,
          a.price,
          a.visibility ?? 'members',
          series ? 'series' : 'session',
          a.seriesCapacity ?? null,
          desk?.id ?? null,
        ],
      );
      const sessions: { id: string; starts_at: Date }[] = [];
      if (a.weekly) {
        const w = a.weekly;
        const first = isoDay(today.minus({ weeks: w.weeksBefore }));
        const last = isoDay(today.plus({ weeks: w.weeksAfter }));
        const [s] = await m.query(
          `INSERT INTO activity_series (community_id, activity_id, weekday, starts, ends, first_date, last_date, session_capacity)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [community.id, activity.id, w.weekday, w.starts, w.ends, first, last, a.capacity],
        );
        for (const d of expandSeries(
          { ...w, firstDate: first, lastDate: last, skippedDates: [] },
          ZONE,
        )) {
          const [row] = await m.query(
            `INSERT INTO activity_session (community_id, activity_id, series_id, starts_at, ends_at, capacity)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, starts_at`,
            [community.id, activity.id, s.id, d.startsAt, d.endsAt, series ? null : a.capacity],
          );
          sessions.push(row);
        }
      }
      for (const d of a.dates ?? []) {
        const day = isoDay(today.plus({ days: d.inDays }));
        const [row] = await m.query(
          `INSERT INTO activity_session (community_id, activity_id, starts_at, ends_at, capacity)
           VALUES ($1, $2, $3, $4, $5) RETURNING id, starts_at`,
          [
            community.id,
            activity.id,
            localInstant(day, d.starts, ZONE),
            localInstant(day, d.ends, ZONE),
            a.capacity,
          ],
        );
        sessions.push(row);
      }
      await registerDemo(
        m,
        community.id,
        activity.id,
        a,
        series,
        sessions,
        people,
        desk?.id ?? null,
      );
    }
  });
}

/** Who goes to what, by activity title: family logins (whole household, or the adult only). */
const WHO: Record<
  string,
  { families: string[]; adultsOnly?: boolean; childrenOnly?: boolean; waiting?: string[] }
> = {
  'Atelier numérique': {
    families: ['demo.ahmed.haddad', 'demo.famille.nguyen', 'demo.monique.petit'],
    adultsOnly: true,
  },
  'Sortie à la mer': {
    families: ['demo.famille.martin', 'demo.famille.benali', 'demo.famille.lopez'],
    childrenOnly: true,
    waiting: ['diallo'],
  },
  'Aide aux devoirs': {
    families: ['demo.famille.martin', 'demo.famille.nguyen', 'demo.famille.benali'],
    childrenOnly: true,
  },
  'Gym douce seniors': { families: ['demo.monique.petit', 'demo.odette.roux'], adultsOnly: true },
  'Repas partagé': { families: ['demo.famille.lopez', 'demo.odette.roux'] },
  'Cours de français': { families: ['demo.ahmed.haddad', 'demo.famille.nguyen'], adultsOnly: true },
};

async function registerDemo(
  m: EntityManager,
  communityId: string,
  activityId: string,
  a: DemoActivity,
  series: boolean,
  sessions: { id: string; starts_at: Date }[],
  people: Map<string, Person[]>,
  deskId: string | null,
): Promise<void> {
  const who = WHO[a.title];
  if (!who) return;
  const pick = (login: string) =>
    (people.get(login) ?? []).filter((p) =>
      who.adultsOnly ? p.account : who.childrenOnly ? p.member : true,
    );
  const now = Date.now();
  const upcoming = sessions.filter((s) => new Date(s.starts_at).getTime() > now);
  const past = sessions.filter((s) => new Date(s.starts_at).getTime() <= now);
  // Per series: one registration each; per session: the next session and the past ones.
  const targets: (string | null)[] = series
    ? [null]
    : [...past.map((s) => s.id), ...(upcoming[0] ? [upcoming[0].id] : [])];
  const insert = (
    p: Person,
    sessionId: string | null,
    status: 'confirmed' | 'waiting',
    group: string,
  ) =>
    m.query(
      `INSERT INTO activity_registration (community_id, activity_id, session_id, participant_key, participant_account_id,
         participant_member_id, household_id, registered_by_account_id, at_desk, group_id, status, confirmed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true, $9, $10, CASE WHEN $10 = 'confirmed' THEN now() END) RETURNING id`,
      [
        communityId,
        activityId,
        sessionId,
        p.key,
        p.account,
        p.member,
        p.household,
        deskId,
        group,
        status,
      ],
    );
  for (const sessionId of targets) {
    for (const login of who.families) {
      const group = (await m.query(`SELECT gen_random_uuid() AS id`))[0].id;
      for (const p of pick(login)) await insert(p, sessionId, 'confirmed', group);
    }
    if (sessionId && sessionId === upcoming[0]?.id)
      for (const login of who.waiting ?? []) {
        const group = (await m.query(`SELECT gen_random_uuid() AS id`))[0].id;
        for (const p of (people.get(login) ?? []).filter((x) => x.member))
          await insert(p, sessionId, 'waiting', group);
      }
  }
  // Attendance of past sessions: most present, someone excused now and then, a walk-in once.
  for (const [index, s] of past.entries()) {
    const registered: Person[] = who.families.flatMap(pick);
    for (const [i, p] of registered.entries()) {
      const status =
        (index + i) % 7 === 3 ? 'excused' : (index + i) % 5 === 4 ? 'absent' : 'present';
      await m.query(
        `INSERT INTO activity_attendance (community_id, activity_id, session_id, participant_key, registration_id,
           participant_account_id, participant_member_id, status, birth_year, postal_code, marked_by_account_id, marked_at)
         VALUES ($1, $2, $3, $4, (SELECT id FROM activity_registration WHERE activity_id = $2
                  AND session_id IS NOT DISTINCT FROM $12 AND participant_key = $4 LIMIT 1),
                 $5, $6, $7, $8, $9, $10, $11)`,
        [
          communityId,
          activityId,
          s.id,
          p.key,
          p.account,
          p.member,
          status,
          p.birthYear,
          p.postal,
          deskId,
          s.starts_at,
          series ? null : s.id,
        ],
      );
    }
    if (index === 0)
      await m.query(
        `INSERT INTO activity_attendance (community_id, activity_id, session_id, participant_key, walk_in, walk_in_name, status, marked_by_account_id, marked_at)
         VALUES ($1, $2, $3, gen_random_uuid(), true, 'Voisine venue découvrir', 'present', $4, $5)`,
        [communityId, activityId, s.id, deskId, s.starts_at],
      );
  }
}
