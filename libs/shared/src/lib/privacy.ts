/** Consents a member may give or withdraw at any time, per community (none is required). */
export const OPTIONAL_CONSENTS = ['photo_public', 'newsletter'] as const;
export type OptionalConsent = (typeof OPTIONAL_CONSENTS)[number];
/** The version of the wording of the optional consents (raise it when the wording changes). */
export const OPTIONAL_CONSENT_VERSION = 1;

/** French digital majority (loi du 7 juillet 2023): under it, an account needs a parent. */
export const DIGITAL_MAJORITY_AGE = 15;

/**
 * Whether a person born that year may be under the digital majority (the exact birthday is not
 * kept: in the year they turn 15 they still count as under 15, the safe side).
 */
export function underDigitalMajority(birthYear: number | null, now: Date = new Date()): boolean {
  return birthYear !== null && now.getUTCFullYear() - birthYear <= DIGITAL_MAJORITY_AGE;
}

/** How many days a prepared data export can be downloaded. */
export const EXPORT_DAYS = 7;

/** Days between the inactivity warning and the erasure of an inactive account. */
export const INACTIVITY_NOTICE_DAYS = 30;

/** Why a member of the team opens a resident's file (the access log keeps the choice). */
export const FILE_REASONS = ['visit', 'appointment', 'registration', 'request', 'other'] as const;
export type FileReason = (typeof FILE_REASONS)[number];
