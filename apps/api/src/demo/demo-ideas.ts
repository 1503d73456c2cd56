import type { DataSource } from 'typeorm';

const account = (email: string) => `(SELECT id FROM account WHERE email = '${email}')`;
const RESIDENT = 'habitant@la-passerelle.example.org';
const DESK = 'accueil@la-passerelle.example.org';
const BUILDER = 'batisseuse@la-passerelle.example.org';
const DIRECTOR = 'directrice@la-passerelle.example.org';

interface DemoIdea {
  title: string;
  description: string;
  category: string;
  author: string;
  supporters: string[];
  /** The centre's answers, in order (each moves the idea one step). */
  steps: { to: string; answer: string }[];
  comments: { by: string; body: string }[];
  outcome?: { kind: string; title: string };
}

const DEMO_IDEAS: DemoIdea[] = [
  {
    title: 'Un atelier réparation vélo le samedi',
    description:
      'Beaucoup de vélos dorment dans les caves parce qu’un pneu est crevé ou qu’un frein ne marche plus. Un samedi matin par mois, on pourrait apprendre à les réparer ensemble, avec quelques outils prêtés par le centre.',
    category: 'Activités et loisirs',
    author: RESIDENT,
    supporters: [DESK, BUILDER, DIRECTOR],
    steps: [
      {
        to: 'under_study',
        answer:
          'Merci Mamadou ! Nous cherchons un bénévole qui s’y connaît et une place pour ranger les outils.',
      },
      {
        to: 'accepted',
        answer:
          'Bonne nouvelle : l’association Vélo Villepinte anime le premier atelier le samedi 7 mars, de 10 h à 12 h, dans la cour du centre.',
      },
    ],
    comments: [
      { by: BUILDER, body: 'J’ai une pompe et des rustines à donner pour l’atelier.' },
      { by: RESIDENT, body: 'Super, merci ! Je viendrai avec le vélo de ma fille.' },
    ],
    outcome: { kind: 'collective_project', title: 'Atelier vélo du samedi' },
  },
  {
    title: 'Des bancs devant l’école',
    description:
      'À la sortie de l’école Jean-Jaurès, les parents et les grands-parents attendent debout, parfois longtemps. Deux ou trois bancs sur le trottoir du centre aideraient beaucoup.',
    category: 'Cadre de vie',
    author: RESIDENT,
    supporters: [DIRECTOR, DESK],
    steps: [
      {
        to: 'under_study',
        answer:
          'Le trottoir appartient à la ville : nous avons écrit au service voirie et attendons sa réponse.',
      },
    ],
    comments: [],
  },
  {
    title: 'Une boîte à livres près de l’arrêt de bus',
    description:
      'Une petite armoire où chacun dépose et prend des livres, pour les enfants comme pour les adultes.',
    category: 'Solidarité',
    author: BUILDER,
    supporters: [RESIDENT],
    steps: [],
    comments: [],
  },
  {
    title: 'Un barbecue dans la cour tous les soirs d’été',
    description: 'Pour se retrouver entre voisins après le travail.',
    category: 'Activités et loisirs',
    author: RESIDENT,
    supporters: [],
    steps: [
      {
        to: 'declined',
        answer:
          'Nous ne pouvons pas ouvrir la cour tous les soirs (bruit, sécurité). Mais la fête de quartier du 13 juin aura un grand repas partagé : venez nous aider à l’organiser !',
      },
    ],
    comments: [],
  },
];

/**
 * La Passerelle's idea box: ideas in several statuses, with supports, comments and the centre's
 * answers. Runs once (when the community has no idea yet).
 */
export async function ensureDemoIdeas(db: DataSource): Promise<void> {
  const [community] = await db.query(
    `SELECT c.id FROM community c WHERE c.slug = 'la-passerelle'
        AND NOT EXISTS (SELECT 1 FROM idea i WHERE i.community_id = c.id)`,
  );
  if (!community) return;
  await db.transaction(async (manager) => {
    const categories = ['Activités et loisirs', 'Cadre de vie', 'Solidarité', 'Autre'];
    for (const [position, name] of categories.entries())
      await manager.query(
        `INSERT INTO idea_category (community_id, name, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [community.id, name, position + 1],
      );
    for (const [index, idea] of DEMO_IDEAS.entries()) {
      const status = idea.steps.length ? idea.steps[idea.steps.length - 1].to : 'submitted';
      const [row] = await manager.query(
        `INSERT INTO idea (community_id, author_account_id, category_id, title, description, status,
           outcome_kind, outcome_title, created_at)
         SELECT $1, ${account(idea.author)}, k.id, $2, $3, $4, $5, $6, now() - make_interval(days => $7)
           FROM idea_category k WHERE k.community_id = $1 AND k.name = $8 RETURNING id`,
        [
          community.id,
          idea.title,
          idea.description,
          status,
          idea.outcome?.kind ?? null,
          idea.outcome?.title ?? null,
          30 - index * 6,
          idea.category,
        ],
      );
      for (const email of idea.supporters)
        await manager.query(
          `INSERT INTO idea_support (idea_id, account_id, supporter_key)
           SELECT $1, id, id FROM account WHERE email = $2`,
          [row.id, email],
        );
      let from = 'submitted';
      for (const [n, step] of idea.steps.entries()) {
        await manager.query(
          `INSERT INTO idea_status_change (idea_id, from_status, to_status, answer, by_account_id, created_at)
           VALUES ($1, $2, $3, $4, ${account(DESK)}, now() - make_interval(days => $5))`,
          [row.id, from, step.to, step.answer, 20 - index * 4 - n * 5],
        );
        from = step.to;
      }
      for (const comment of idea.comments)
        await manager.query(
          `INSERT INTO idea_comment (community_id, idea_id, author_account_id, body)
           VALUES ($1, $2, ${account(comment.by)}, $3)`,
          [community.id, row.id, comment.body],
        );
    }
  });
}
