import type { NewCommunity } from '@palier/server-community';

const weekdays = (from: 1 | 2 | 3 | 4 | 5, to: 1 | 2 | 3 | 4 | 5, opens: string, closes: string) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ weekday: (from + i) as 1, opens, closes }));

const CHARTER = `Charte de la communauté

1. Ici, on se respecte. Pas d'insultes, pas de moqueries, pas de harcèlement.
2. Le centre social est un lieu neutre : pas de propagande politique ou religieuse.
3. On ne publie pas la photo d'une personne sans son accord, encore moins d'un enfant.
4. On ne partage pas les informations personnelles des autres (adresse, téléphone…).
5. Pas de publicité ni de vente, sauf dans les annonces prévues pour cela.
6. Si un message vous choque, signalez-le : l'équipe du centre le regarde rapidement.
7. L'équipe peut masquer un message ou suspendre un compte qui ne respecte pas la charte.`;

/** Two fictional but realistic social centres of Seine-Saint-Denis, for the demo server. */
export const DEMO_COMMUNITIES: NewCommunity[] = [
  {
    slug: 'la-passerelle',
    name: 'Centre social La Passerelle',
    presentation:
      "Le centre social du quartier des Mousseaux : accueil, aide aux démarches, activités pour les familles, les jeunes et les seniors. Ouvert à toutes et à tous, gratuit ou presque.",
    streetAddress: '12 allée des Tilleuls',
    postalCode: '93420',
    city: 'Villepinte',
    phone: '01 43 83 00 12',
    email: 'accueil@la-passerelle.example.org',
    timeZone: 'Europe/Paris',
    openingHours: [
      { weekday: 1, opens: '13:30', closes: '18:00' },
      ...weekdays(2, 5, '09:00', '12:30'),
      ...weekdays(2, 5, '13:30', '18:00'),
      { weekday: 6, opens: '09:30', closes: '12:30' },
    ],
    charter: CHARTER,
  },
  {
    slug: 'trait-d-union',
    name: "Espace de vie sociale Le Trait d'Union",
    presentation:
      "Une petite équipe et beaucoup de bénévoles au cœur de la cité de la Rose-des-Vents : café des parents, atelier numérique, sorties familiales et jardin partagé.",
    streetAddress: '5 place Jean-Jaurès',
    postalCode: '93600',
    city: 'Aulnay-sous-Bois',
    phone: '01 48 66 20 05',
    email: 'bonjour@trait-d-union.example.org',
    timeZone: 'Europe/Paris',
    openingHours: [
      ...weekdays(1, 5, '14:00', '18:30'),
      { weekday: 3, opens: '09:30', closes: '12:00' },
    ],
    charter: CHARTER,
  },
];
