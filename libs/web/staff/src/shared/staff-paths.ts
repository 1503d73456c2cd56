import type { Role } from '@palier/web-session';

/** The addresses of the staff pages of a community. */
export const staffPaths = {
  desk: (slug: string) => `/c/${encodeURIComponent(slug)}/guichet`,
  sheet: (slug: string) => `/c/${encodeURIComponent(slug)}/guichet/fiche`,
  requests: (slug: string) => `/c/${encodeURIComponent(slug)}/demandes`,
  news: (slug: string) => `/c/${encodeURIComponent(slug)}/annonces`,
  settings: (slug: string) => `/c/${encodeURIComponent(slug)}/reglages`,
  privacy: (slug: string) => `/c/${encodeURIComponent(slug)}/confidentialite/gerer`,
  residentFile: (slug: string, accountId: string, reason?: string) =>
    `/c/${encodeURIComponent(slug)}/guichet/personne/${encodeURIComponent(accountId)}${
      reason ? `?raison=${encodeURIComponent(reason)}` : ''
    }`,
  community: (slug: string) => `/c/${encodeURIComponent(slug)}`,
};

/** Who may open each page: the roles the API allows for what the page does. */
export const STAFF_ROLES = {
  desk: ['staff', 'builder', 'admin'],
  requests: ['builder', 'admin'],
  news: ['staff', 'builder', 'admin'],
  settings: ['admin'],
  privacy: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type StaffArea = keyof typeof STAFF_ROLES;

export function mayOpen(area: StaffArea, role: Role): boolean {
  return (STAFF_ROLES[area] as readonly Role[]).includes(role);
}
