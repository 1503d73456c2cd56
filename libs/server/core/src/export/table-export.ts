import { strToU8, zipSync } from 'fflate';

/** A cell: text, a number, a date (written as a date, not text), or empty. */
export type TableCell = string | number | Date | null;

/** One table to export: a sheet name, the column headings, the rows. */
export interface ExportTable {
  name: string;
  columns: string[];
  rows: TableCell[][];
}

export type ExportFormat = 'csv' | 'ods';

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/**
 * Text a spreadsheet would take for a formula (=, +, -, @, tab, carriage return first) is written
 * with a leading apostrophe: an exported name can never run as a formula (CSV injection).
 */
function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const csvCell = (cell: TableCell): string => {
  if (cell === null) return '';
  const text =
    cell instanceof Date
      ? cell.toISOString()
      : typeof cell === 'number'
        ? String(cell).replace('.', ',')
        : safeText(cell);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * CSV as French spreadsheets open it without asking: UTF-8 with a byte-order mark, semicolons,
 * decimal commas, CRLF line ends, RFC 4180 quoting.
 */
export function tableToCsv(table: ExportTable): Buffer {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

const xml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot hold at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

function odsCell(cell: TableCell): string {
  if (cell === null) return '<table:table-cell/>';
  if (typeof cell === 'number')
    return `<table:table-cell office:value-type="float" office:value="${cell}"><text:p>${cell}</text:p></table:table-cell>`;
  if (cell instanceof Date) {
    const iso = cell.toISOString().slice(0, 19);
    return `<table:table-cell office:value-type="date" office:date-value="${iso}"><text:p>${iso.replace('T', ' ')}</text:p></table:table-cell>`;
  }
  const lines = safeText(cell).split(/\r?\n/);
  return `<table:table-cell office:value-type="string">${lines.map((l) => `<text:p>${xml(l)}</text:p>`).join('')}</table:table-cell>`;
}

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
].join(' ');

/**
 * A minimal OpenDocument spreadsheet (ODF 1.2): a zip whose first entry is the uncompressed
 * `mimetype`, then `META-INF/manifest.xml` and `content.xml` with one sheet per table. Numbers and
 * dates keep their types, so sums and sorting work in LibreOffice Calc.
 */
export function tablesToOds(tables: ExportTable[]): Buffer {
  const sheets = tables
    .map((t) => {
      const rows = [t.columns, ...t.rows]
        .map((row) => `<table:table-row>${row.map(odsCell).join('')}</table:table-row>`)
        .join('');
      return `<table:table table:name="${xml(t.name.slice(0, 31))}"><table:table-column table:number-columns-repeated="${Math.max(1, t.columns.length)}"/>${rows}</table:table>`;
    })
    .join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS} office:version="1.2"><office:body><office:spreadsheet>${sheets}</office:spreadsheet></office:body></office:document-content>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${EXPORT_TYPES.ods}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  return Buffer.from(
    zipSync({
      mimetype: [strToU8(EXPORT_TYPES.ods), { level: 0 }],
      'META-INF/manifest.xml': strToU8(manifest),
      'content.xml': strToU8(content),
    }),
  );
}

/** The table as a file of the format asked for (ODS holds it as its only sheet). */
export function exportTable(table: ExportTable, format: ExportFormat): Buffer {
  return format === 'csv' ? tableToCsv(table) : tablesToOds([table]);
}
