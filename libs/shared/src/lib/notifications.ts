/** The kinds of notification a member can receive, each with its own email preference. */
export const NOTIFICATION_KINDS = [
  'membership_requested',
  'membership_decided',
  'household_invited',
  'feed_mentioned',
  'moderation_decided',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How a member wants emails of a kind: the right to disconnect. In-app notifications stay. */
export const EMAIL_CHANNELS = ['immediately', 'daily', 'weekly', 'never'] as const;
export type EmailChannel = (typeof EMAIL_CHANNELS)[number];

/** The default channel of each kind (builders get requests in a daily digest). */
export const DEFAULT_EMAIL_CHANNEL: Record<NotificationKind, EmailChannel> = {
  membership_requested: 'daily',
  membership_decided: 'immediately',
  household_invited: 'immediately',
  feed_mentioned: 'daily',
  moderation_decided: 'immediately',
};
