import type { Locale } from '@palier/shared';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';

/** "lundi 30 novembre 2026": a day in words, in the person's language and time zone. */
export function dayInWords(date: Date, locale: Locale, timeZone: string): string {
  return DateTime.fromJSDate(date, { zone: timeZone })
    .setLocale(locale)
    .toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** The language and time zone to write to a person in (their first community's zone). */
export async function personalFormat(
  manager: EntityManager,
  accountId: string,
): Promise<{ locale: Locale; timeZone: string; displayName: string } | undefined> {
  const [row] = await manager.query(
    `SELECT a.locale, a.display_name,
            COALESCE((SELECT c.time_zone FROM membership m JOIN community c ON c.id = m.community_id
                       WHERE m.account_id = a.id ORDER BY m.requested_at LIMIT 1), 'Europe/Paris') AS time_zone
       FROM account a WHERE a.id = $1`,
    [accountId],
  );
  return row
    ? { locale: row.locale as Locale, timeZone: row.time_zone, displayName: row.display_name }
    : undefined;
}
