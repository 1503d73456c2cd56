import { textDirection, type Locale, type OpeningPeriod } from '@palier/shared';
import { DateTime } from 'luxon';
import type { CommunityDto } from '../dto/community.dto';
import type { NewsDto, OpeningStatusDto } from '../dto/community-parts.dto';
import { say } from './snapshot-texts';

const INTL: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB', ar: 'ar-u-nu-latn' };

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** "9 h 30", "18 h" in French; "09:30" elsewhere; never AM/PM. */
function clock(time: string, locale: Locale): string {
  const [h, m] = time.split(':').map(Number);
  if (locale === 'fr') return m ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h`;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function weekday(weekdayNumber: number, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL[locale], { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekdayNumber, 12)),
  );
}

/** The status line: "Ouvert jusqu'à 18 h", "Fermé, réouvre lundi à 9 h"… */
export function statusLine(
  status: OpeningStatusDto,
  timeZone: string,
  locale: Locale,
  now: Date,
): string {
  const local = (d: Date) => DateTime.fromJSDate(d, { zone: timeZone });
  if (status.isOpen && status.closesAt)
    return say(locale, 'openUntil', {
      time: clock(local(status.closesAt).toFormat('HH:mm'), locale),
    });
  const prefix = status.closureLabel
    ? `${say(locale, 'closedForToday', { label: status.closureLabel })}. `
    : '';
  if (!status.nextOpeningAt) return prefix || say(locale, 'closedNow');
  const next = local(status.nextOpeningAt);
  const today = local(now).startOf('day');
  const days = Math.round(next.startOf('day').diff(today, 'days').days);
  const time = clock(next.toFormat('HH:mm'), locale);
  const when =
    days === 0
      ? say(locale, 'today', { time })
      : days === 1
        ? say(locale, 'tomorrow', { time })
        : say(locale, 'dayAt', {
            time,
            day:
              days < 7
                ? weekday(next.weekday, locale)
                : new Intl.DateTimeFormat(INTL[locale], {
                    weekday: 'long',
                    day: 'numeric',
                    month: 'long',
                    timeZone,
                  }).format(status.nextOpeningAt),
          });
  return `${prefix}${say(locale, 'closedReopens', { when })}`;
}

function hoursList(hours: OpeningPeriod[], locale: Locale): string {
  return [1, 2, 3, 4, 5, 6, 7]
    .map((d) => {
      const periods = hours
        .filter((p) => p.weekday === d)
        .sort((a, b) => a.opens.localeCompare(b.opens))
        .map((p) =>
          say(locale, 'period', { opens: clock(p.opens, locale), closes: clock(p.closes, locale) }),
        );
      const text = periods.length
        ? new Intl.ListFormat(INTL[locale], { type: 'conjunction' }).format(periods)
        : say(locale, 'dayClosed');
      return `<li>${escapeHtml(weekday(d, locale))} : ${escapeHtml(text)}</li>`;
    })
    .join('');
}

export interface SasSnapshotInput {
  community: CommunityDto;
  status: OpeningStatusDto;
  news: NewsDto[];
  locale: Locale;
  now?: Date;
}

/**
 * The sas as plain HTML, readable at once on a slow phone and without JavaScript: who the centre
 * is, whether it is open, where it is, how to reach it, and its news. The web app replaces it
 * with the full page once its script has loaded. Everything from the database is escaped.
 */
export function renderSasSnapshot({
  community: c,
  status,
  news,
  locale,
  now = new Date(),
}: SasSnapshotInput): string {
  const e = escapeHtml;
  const address = `${c.streetAddress}, ${c.postalCode} ${c.city}`;
  const map = `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
  const contact = [
    c.phone
      ? `<li><a href="tel:${e(c.phone.replace(/[^+0-9]/g, ''))}">${e(say(locale, 'call', { phone: c.phone }))}</a></li>`
      : '',
    c.email
      ? `<li><a href="mailto:${e(c.email)}">${e(say(locale, 'write', { email: c.email }))}</a></li>`
      : '',
  ].join('');
  const newsItems = news
    .map(
      (n) =>
        `<article><h3>${e(n.title)}</h3><p style="white-space:pre-line">${e(n.body)}</p></article>`,
    )
    .join('');
  return `<div class="pal-page sas-snapshot" dir="${textDirection(locale)}">
<div class="pal-page__header"><h1 class="pal-page__title" lang="fr">${e(c.name)}</h1>
<p class="sas-snapshot__status"><strong>${e(statusLine(status, c.timeZone, locale, now))}</strong></p></div>
<div class="pal-page__content">
<p lang="fr" style="white-space:pre-line">${e(c.presentation)}</p>
<h2>${e(say(locale, 'whatBringsYou'))}</h2>
<ul><li><a href="/c/${e(c.slug)}/rejoindre">${e(say(locale, 'join'))}</a></li><li><a href="#adresse">${e(say(locale, 'help'))}</a></li></ul>
<h2 id="adresse">${e(say(locale, 'address'))}</h2>
<p lang="fr">${e(address)}</p><p><a href="${e(map)}">${e(say(locale, 'map'))}</a></p>
${contact ? `<h2>${e(say(locale, 'contact'))}</h2><ul>${contact}</ul>` : ''}
<h2>${e(say(locale, 'hours'))}</h2><ul>${hoursList(c.openingHours as OpeningPeriod[], locale)}</ul>
${newsItems ? `<h2>${e(say(locale, 'news'))}</h2>${newsItems}` : ''}
</div></div>`;
}
