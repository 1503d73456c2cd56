/** Who sees an activity: members of the community only, or everyone on the sas. */
export const ACTIVITY_VISIBILITIES = ['members', 'public'] as const;
export type ActivityVisibility = (typeof ACTIVITY_VISIBILITIES)[number];

/** How places count: per session, or one capacity for the whole series (one registration for all). */
export const CAPACITY_MODES = ['session', 'series'] as const;
export type CapacityMode = (typeof CAPACITY_MODES)[number];

/** A registration's status; a waiting person offered a freed place is 'offered' until they answer. */
export const REGISTRATION_STATUSES = ['confirmed', 'waiting', 'offered', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** The categories a community starts with; staff may add their own. */
export const DEFAULT_ACTIVITY_CATEGORIES = [
  'Famille',
  'Jeunesse',
  'Seniors',
  'Numérique',
  'Sorties',
  'Culture et loisirs',
  'Accompagnement scolaire',
] as const;
