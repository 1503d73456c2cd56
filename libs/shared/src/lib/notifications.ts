/** The kinds of notification a member can receive, each with its own email preference. */
export const NOTIFICATION_KINDS = [
  'membership_requested',
  'membership_decided',
  'household_invited',
  'privacy_export_ready',
  'privacy_erasure_scheduled',
  'account_inactive',
  'feed_mentioned',
  'moderation_decided',
  'appointment_booked',
  'appointment_reminder',
  'appointment_cancelled',
  'sharing_offer_new',
  'sharing_claim_answered',
  'sharing_claim_confirmed',
  'sharing_claim_cancelled',
  'sharing_partnership',
  'idea_status_changed',
  'idea_merged',
  'activity_registered',
  'activity_place_offered',
  'activity_message',
  'poll_opened',
  'poll_closing',
  'poll_results',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How a member wants emails of a kind: the right to disconnect. In-app notifications stay. */
export const EMAIL_CHANNELS = ['immediately', 'daily', 'weekly', 'never'] as const;
export type EmailChannel = (typeof EMAIL_CHANNELS)[number];

/**
 * What is said about the account itself (its deletion is planned, it will be deleted for lack of
 * use) is emailed at once whatever the person chose: they must be able to react in time.
 */
export const ALWAYS_EMAILED_KINDS: readonly NotificationKind[] = [
  'privacy_erasure_scheduled',
  'account_inactive',
];

/** The default channel of each kind (builders get requests in a daily digest). */
export const DEFAULT_EMAIL_CHANNEL: Record<NotificationKind, EmailChannel> = {
  membership_requested: 'daily',
  membership_decided: 'immediately',
  household_invited: 'immediately',
  privacy_export_ready: 'immediately',
  privacy_erasure_scheduled: 'immediately',
  account_inactive: 'immediately',
  feed_mentioned: 'daily',
  moderation_decided: 'immediately',
  // The booking itself sends its confirmation email (with the calendar file): no second one.
  appointment_booked: 'never',
  appointment_reminder: 'immediately',
  appointment_cancelled: 'immediately',
  // New offers of partners: a daily digest by default (the right to disconnect).
  sharing_offer_new: 'daily',
  // A partner on another server granted or refused a claim: the member waits for it.
  sharing_claim_answered: 'immediately',
  sharing_claim_confirmed: 'immediately',
  sharing_claim_cancelled: 'immediately',
  // Partnership requests and answers reach admins and builders, in their daily digest.
  sharing_partnership: 'daily',
  idea_status_changed: 'daily',
  idea_merged: 'daily',
  activity_registered: 'immediately',
  // A freed place waits only a few hours: it is emailed at once.
  activity_place_offered: 'immediately',
  activity_message: 'immediately',
  poll_opened: 'daily',
  // Sent 24 hours before the closing to those who have not voted: a digest would come too late.
  poll_closing: 'immediately',
  poll_results: 'daily',
};
