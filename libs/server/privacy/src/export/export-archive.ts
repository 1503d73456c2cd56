import { zipSync, strToU8 } from 'fflate';
import { DateTime } from 'luxon';

/** One module's part of a person's data, with the words to show it. */
export interface ExportPart {
  module: string;
  /** The name of the processing, e.g. "Comptes, adhésions et foyers". */
  title: string;
  labels: Record<string, string>;
  data: Record<string, unknown>;
}

/** Everything needed to write the archive. */
export interface ExportContents {
  displayName: string;
  generatedAt: Date;
  timeZone: string;
  /** The person's own data, then each child's (accounts opened by them as a parent). */
  people: { displayName: string; parts: ExportPart[] }[];
  files: Map<string, Uint8Array>;
}

export const JSON_NAME = 'mes-donnees.json';
export const HTML_NAME = 'mes-donnees.html';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Dates are written in words in the community's time zone, e.g. "23 novembre 2026 à 14 h 05". */
function dateInWords(value: Date | string, timeZone: string): string {
  const date =
    value instanceof Date
      ? DateTime.fromJSDate(value, { zone: timeZone })
      : DateTime.fromISO(value, { zone: timeZone });
  return date.setLocale('fr').toFormat("d LLLL yyyy 'à' H 'h' mm");
}

/** Plain JSON: dates as ISO strings, nothing else changed. */
function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function cell(value: unknown, timeZone: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (value instanceof Date) return escapeHtml(dateInWords(value, timeZone));
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'string') {
    if (ISO_DATE.test(value) && DateTime.fromISO(value).isValid)
      return escapeHtml(dateInWords(value, timeZone));
    if (value.startsWith('fichiers/'))
      return `<a href="${escapeHtml(encodeURI(value))}">${escapeHtml(value.slice(9))}</a>`;
    return escapeHtml(value).replace(/\n/g, '<br>');
  }
  if (typeof value === 'number') return String(value);
  return `<code>${escapeHtml(JSON.stringify(value))}</code>`;
}

function label(labels: Record<string, string>, key: string): string {
  return escapeHtml(labels[key] ?? key.replace(/_/g, ' '));
}

function section(key: string, value: unknown, labels: Record<string, string>, tz: string): string {
  const title = `<h3>${label(labels, key)}</h3>`;
  if (Array.isArray(value)) {
    if (value.length === 0) return `${title}<p class="empty">Rien.</p>`;
    if (value.every((row) => row && typeof row === 'object' && !Array.isArray(row))) {
      const columns = [...new Set(value.flatMap((row) => Object.keys(row as object)))];
      const head = columns.map((c) => `<th scope="col">${label(labels, c)}</th>`).join('');
      const body = value
        .map(
          (row) =>
            `<tr>${columns.map((c) => `<td>${cell((row as Record<string, unknown>)[c], tz)}</td>`).join('')}</tr>`,
        )
        .join('\n');
      return `${title}<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
    }
    return `${title}<ul>${value.map((v) => `<li>${cell(v, tz)}</li>`).join('')}</ul>`;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const rows = Object.entries(value)
      .map(([k, v]) => `<dt>${label(labels, k)}</dt><dd>${cell(v, tz)}</dd>`)
      .join('');
    return `${title}<dl>${rows}</dl>`;
  }
  return `${title}<p>${cell(value, tz)}</p>`;
}

/** The human-readable page of the archive: one section per module, tables in plain French. */
export function renderExportHtml(contents: ExportContents): string {
  const people = contents.people
    .map((person, index) => {
      const parts = person.parts
        .map(
          (part) =>
            `<section><h2>${escapeHtml(part.title)}</h2>${Object.entries(part.data)
              .map(([key, value]) => section(key, value, part.labels, contents.timeZone))
              .join('\n')}</section>`,
        )
        .join('\n');
      return index === 0
        ? parts
        : `<article><h2 class="child">Données de ${escapeHtml(person.displayName)} (enfant du foyer)</h2>${parts}</article>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mes données — ${escapeHtml(contents.displayName)}</title>
<style>
body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:2px solid #3b4cc0;padding-bottom:.25rem}
h3{font-size:1.05rem;margin-top:1.25rem}.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:start;vertical-align:top}
th{background:#eef}dt{font-weight:600}dd{margin:0 0 .5rem 0}.empty{color:#555}code{white-space:pre-wrap;word-break:break-word}
</style>
</head>
<body>
<h1>Mes données — ${escapeHtml(contents.displayName)}</h1>
<p>Tout ce que Palier garde sur vous, préparé le ${escapeHtml(dateInWords(contents.generatedAt, contents.timeZone))}.
Le fichier <code>${JSON_NAME}</code> contient les mêmes données pour un autre service (portabilité).</p>
${people}
</body>
</html>
`;
}

/** The ZIP a member downloads: the JSON (machine-readable), the HTML page and their files. */
export function buildExportArchive(contents: ExportContents): Uint8Array {
  const json = {
    generatedAt: contents.generatedAt.toISOString(),
    people: contents.people.map((person) => ({
      displayName: person.displayName,
      modules: Object.fromEntries(person.parts.map((p) => [p.module, toJson(p.data)])),
    })),
  };
  const entries: Record<string, Uint8Array> = {
    [JSON_NAME]: strToU8(JSON.stringify(json, null, 2)),
    [HTML_NAME]: strToU8(renderExportHtml(contents)),
  };
  for (const [path, content] of contents.files) entries[path] = content;
  return zipSync(entries, { level: 6 });
}

/** Collects the files modules add, under `fichiers/`, with unique names. */
export class ExportFileSet {
  readonly files = new Map<string, Uint8Array>();

  add(name: string, content: Uint8Array): string {
    const safe =
      name
        .replace(/[^a-zA-Z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(-80) || 'fichier';
    let path = `fichiers/${safe}`;
    for (let n = 2; this.files.has(path); n++) path = `fichiers/${n}-${safe}`;
    this.files.set(path, content);
    return path;
  }
}
