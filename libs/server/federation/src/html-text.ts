/** Plain text of ours as the HTML of an ActivityPub object, and remote HTML back to plain text. */

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Plain text as the HTML of a Note or a Page: paragraphs and line breaks, nothing else. */
export function toHtml(body: string): string {
  return body
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decode(entity: string): string {
  const code = entity.startsWith('#x')
    ? parseInt(entity.slice(2), 16)
    : entity.startsWith('#')
      ? parseInt(entity.slice(1), 10)
      : NaN;
  if (Number.isNaN(code)) return NAMED[entity.toLowerCase()] ?? `&${entity};`;
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/**
 * Remote HTML as plain text (kept and shown as text, never as HTML): paragraphs and line breaks
 * become new lines, every tag goes, entities are decoded once.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p(\s[^>]*)?>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (_m, entity: string) => decode(entity))
    .trim();
}
