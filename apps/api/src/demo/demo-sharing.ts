import type { DataSource } from 'typeorm';
import type { DemoCommunity } from './demo-communities';

/**
 * Partner organisations of the demo (communities of the "partner organisation" kind, with a light
 * sas): a works council passing on discounted tickets and a neighbourhood tool library. Their
 * accounts use example.net, so the demo's count of centre accounts stays the same.
 */
export const DEMO_PARTNER_ORGANISATIONS: DemoCommunity[] = [
  {
    profile: {
      slug: 'cse-transports-urbains',
      kind: 'partner_organisation',
      name: 'CSE Transports Urbains',
      presentation:
        'Le comité social et économique des salariés des Transports Urbains. Il transmet aux centres sociaux partenaires les places à prix réduit que ses salariés n’utilisent pas.',
      streetAddress: '40 avenue de la Gare',
      postalCode: '93420',
      city: 'Villepinte',
      phone: '01 43 83 40 40',
      email: 'cse@transports-urbains.example.net',
      timeZone: 'Europe/Paris',
      openingHours: [
        { weekday: 2, opens: '12:00', closes: '14:00' },
        { weekday: 4, opens: '12:00', closes: '14:00' },
      ],
      admissionMode: 'approval',
      languages: ['fr'],
    },
    privacy: {
      controllerName: 'CSE Transports Urbains',
      controllerAddress: '40 avenue de la Gare, 93420 Villepinte',
      dpoContact: 'Patrick Moreau, secrétaire du CSE — cse@transports-urbains.example.net',
    },
    accounts: [
      { email: 'cse@transports-urbains.example.net', displayName: 'Patrick Moreau', role: 'admin' },
      {
        email: 'billetterie@transports-urbains.example.net',
        displayName: 'Sandrine Lefèvre',
        role: 'staff',
      },
    ],
    news: [],
    closures: [],
  },
  {
    profile: {
      slug: 'outillotheque-des-tilleuls',
      kind: 'partner_organisation',
      name: 'Outillothèque des Tilleuls',
      presentation:
        'Une association de voisins qui prête des outils de bricolage et de jardinage : perceuse, escabeau, taille-haie…',
      streetAddress: '3 allée des Tilleuls',
      postalCode: '93420',
      city: 'Villepinte',
      email: 'outils@outillotheque-tilleuls.example.net',
      timeZone: 'Europe/Paris',
      openingHours: [{ weekday: 6, opens: '10:00', closes: '12:00' }],
      admissionMode: 'approval',
      languages: ['fr'],
    },
    privacy: {
      controllerName: 'Association Outillothèque des Tilleuls',
      controllerAddress: '3 allée des Tilleuls, 93420 Villepinte',
      dpoContact: 'Youssef Amrani, président — outils@outillotheque-tilleuls.example.net',
    },
    accounts: [
      {
        email: 'outils@outillotheque-tilleuls.example.net',
        displayName: 'Youssef Amrani',
        role: 'admin',
      },
    ],
    news: [],
    closures: [],
  },
];

const DAY = 86_400_000;

/**
 * Partnerships and offers of the demo: the works council partners with La Passerelle and Le Trait
 * d'Union and offers cinema tickets; the tool library partners with La Passerelle and lends tools;
 * the demo resident of La Passerelle has claimed two tickets. Runs once.
 */
export async function ensureDemoSharing(db: DataSource): Promise<void> {
  const ids: { slug: string; id: string }[] = await db.query(
    `SELECT slug, id FROM community WHERE slug = ANY($1)`,
    [['cse-transports-urbains', 'outillotheque-des-tilleuls', 'la-passerelle', 'trait-d-union']],
  );
  const id = (slug: string) => ids.find((c) => c.slug === slug)?.id;
  const cse = id('cse-transports-urbains');
  const tools = id('outillotheque-des-tilleuls');
  const passerelle = id('la-passerelle');
  const traitDUnion = id('trait-d-union');
  if (!cse || !tools || !passerelle || !traitDUnion) return;
  if ((await db.query(`SELECT 1 FROM sharing_offer WHERE community_id = $1`, [cse])).length) return;
  await db.transaction(async (manager) => {
    const partner = async (requester: string, recipient: string, message: string) => {
      const [row] = await manager.query(
        `INSERT INTO sharing_partnership (requester_community_id, recipient_community_id, message, status, decided_at)
         VALUES ($1, $2, $3, 'active', now()) RETURNING id`,
        [requester, recipient, message],
      );
      return row.id as string;
    };
    const withPasserelle = await partner(
      cse,
      passerelle,
      'Nos salariés ont souvent des places de cinéma en trop : nous aimerions les proposer à vos habitants.',
    );
    await partner(traitDUnion, cse, 'Le Trait d’Union serait heureux de recevoir vos offres.');
    await partner(tools, passerelle, 'Nos outils peuvent servir aux habitants du quartier.');

    const offer = async (
      community: string,
      o: {
        title: string;
        description: string;
        conditions: string;
        kind: string;
        quantity: number;
        perMember: number;
        days: number;
      },
      audience?: string,
    ) => {
      const [row] = await manager.query(
        `INSERT INTO sharing_offer (community_id, title, description, conditions, kind, quantity, remaining,
                                    per_member_limit, all_partners, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8, $9) RETURNING id`,
        [
          community,
          o.title,
          o.description,
          o.conditions,
          o.kind,
          o.quantity,
          o.perMember,
          !audience,
          new Date(Date.now() + o.days * DAY),
        ],
      );
      if (audience)
        await manager.query(
          `INSERT INTO sharing_offer_audience (offer_id, partnership_id) VALUES ($1, $2)`,
          [row.id, audience],
        );
      return row.id as string;
    };
    const cinema = await offer(cse, {
      title: 'Places de cinéma à 4 € au Méliès',
      description:
        'Places valables pour toutes les séances du cinéma Le Méliès à Montreuil, du lundi au jeudi, jusqu’à la fin du mois.',
      conditions: 'À retirer à l’accueil de votre centre social, avec votre nom.',
      kind: 'tickets',
      quantity: 20,
      perMember: 2,
      days: 30,
    });
    await offer(
      cse,
      {
        title: 'Sortie au Parc Astérix : places à tarif CSE',
        description: 'Une journée au Parc Astérix le samedi 20 juin, transport en car compris.',
        conditions: 'Enfants accompagnés d’un adulte. Départ à 8 h devant le centre.',
        kind: 'activity_places',
        quantity: 8,
        perMember: 4,
        days: 45,
      },
      withPasserelle,
    );
    await offer(tools, {
      title: 'Prêt d’une perceuse-visseuse',
      description: 'Perceuse-visseuse sans fil avec deux batteries et un coffret de forets.',
      conditions: 'Prêt pour une semaine au plus. À rendre propre, batteries chargées.',
      kind: 'lending',
      quantity: 2,
      perMember: 1,
      days: 90,
    });
    await offer(tools, {
      title: 'Prêt d’un escabeau 5 marches',
      description: 'Escabeau en aluminium, 5 marches, pour peindre ou changer une ampoule.',
      conditions: 'Prêt pour trois jours. À venir chercher le samedi matin.',
      kind: 'lending',
      quantity: 1,
      perMember: 1,
      days: 90,
    });

    const [resident] = await manager.query(
      `SELECT id, display_name, email FROM account WHERE email = 'habitant@la-passerelle.example.org'`,
    );
    if (resident) {
      await manager.query(
        `INSERT INTO sharing_claim (offer_id, offering_community_id, partnership_id, claimant_account_id,
                                    claimant_community_id, claimant_community_name, claimant_name, claimant_contact,
                                    consented_at, quantity)
         VALUES ($1, $2, $3, $4, $5, 'Centre social La Passerelle', $6, $7, now(), 2)`,
        [
          cinema,
          cse,
          withPasserelle,
          resident.id,
          passerelle,
          resident.display_name,
          resident.email,
        ],
      );
      await manager.query(`UPDATE sharing_offer SET remaining = remaining - 2 WHERE id = $1`, [
        cinema,
      ]);
    }
  });
}
