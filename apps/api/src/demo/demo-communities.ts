import type { CommunityRole } from '@palier/server-core';

const weekdays = (from: number, to: number, opens: string, closes: string) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ weekday: from + i, opens, closes }));

/** The password of every demo account (shown in the README and at start). */
export const DEMO_PASSWORD = 'palier-demo-2026';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: CommunityRole | 'pending';
}

export interface DemoCommunity {
  profile: Record<string, unknown>;
  /** The data controller and the DPO contact, for the privacy notice and the register. */
  privacy: { controllerName: string; controllerAddress: string; dpoContact: string };
  accounts: DemoAccount[];
  news: { title: string; body: string }[];
  closures: { startsOn: string; endsOn: string; label: string }[];
}

export const DEMO_SERVER_ADMIN = {
  email: 'serveur@palier.example.org',
  displayName: 'Camille Martin',
};

/** Two fictional but realistic social centres of Seine-Saint-Denis, for the demo server. */
export const DEMO_COMMUNITIES: DemoCommunity[] = [
  {
    profile: {
      slug: 'la-passerelle',
      kind: 'social_centre',
      name: 'Centre social La Passerelle',
      presentation:
        'Le centre social du quartier des Mousseaux : accueil, aide aux démarches, activités pour les familles, les jeunes et les seniors. Ouvert à toutes et à tous, gratuit ou presque.',
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
      admissionMode: 'approval',
      languages: ['fr', 'en', 'ar'],
    },
    privacy: {
      controllerName: 'Association Centre social La Passerelle',
      controllerAddress: '12 rue des Lilas, 93420 Villepinte',
      dpoContact: 'Sophie Bernard, directrice — rgpd@la-passerelle.example.org — 01 43 00 00 00',
    },
    accounts: [
      {
        email: 'directrice@la-passerelle.example.org',
        displayName: 'Sophie Bernard',
        role: 'admin',
      },
      {
        email: 'batisseuse@la-passerelle.example.org',
        displayName: 'Leïla Haddad',
        role: 'builder',
      },
      { email: 'accueil@la-passerelle.example.org', displayName: 'Nadia Benali', role: 'staff' },
      {
        email: 'habitant@la-passerelle.example.org',
        displayName: 'Mamadou Diallo',
        role: 'resident',
      },
      { email: 'julie.petit@example.org', displayName: 'Julie Petit', role: 'pending' },
    ],
    news: [
      {
        title: 'Fête de quartier le samedi 13 juin',
        body: 'Jeux pour les enfants, repas partagé et concert dans la cour du centre, de 14 h à 19 h. Apportez un plat si vous le pouvez !',
      },
      {
        title: 'Aide aux démarches CAF : nouveaux horaires',
        body: 'La permanence a lieu désormais le mardi et le jeudi matin. Venez avec votre numéro d’allocataire.',
      },
    ],
    closures: [{ startsOn: '2026-12-24', endsOn: '2027-01-01', label: 'Vacances de Noël' }],
  },
  {
    profile: {
      slug: 'trait-d-union',
      kind: 'social_centre',
      name: "Espace de vie sociale Le Trait d'Union",
      presentation:
        'Une petite équipe et beaucoup de bénévoles au cœur de la cité de la Rose-des-Vents : café des parents, atelier numérique, sorties familiales et jardin partagé.',
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
      admissionMode: 'automatic',
      languages: ['fr', 'ar'],
    },
    privacy: {
      controllerName: 'Association Le Trait d’Union',
      controllerAddress: 'Espace de vie sociale Le Trait d’Union, Bobigny',
      dpoContact: 'Karim Saïdi, direction@trait-d-union.example.org',
    },
    accounts: [
      { email: 'direction@trait-d-union.example.org', displayName: 'Karim Saïdi', role: 'admin' },
      {
        email: 'habitante@trait-d-union.example.org',
        displayName: 'Fatou Traoré',
        role: 'resident',
      },
    ],
    news: [
      {
        title: 'Le jardin partagé reprend',
        body: 'Rendez-vous chaque mercredi à 10 h pour semer les radis et les salades. Les enfants sont les bienvenus.',
      },
    ],
    closures: [],
  },
];
