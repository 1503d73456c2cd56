import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tablesToOds } from './table-export';

/**
 * The ODS read back by odfpy (Debian's python3-odf, the maintained OpenDocument library that
 * pandas uses): `apt-get install python3-odf`. Skipped, and said so, where it is not installed.
 */
const READER = `
import sys, json
from odf.opendocument import load
from odf.table import Table, TableRow, TableCell
from odf.namespaces import OFFICENS
doc = load(sys.argv[1])
out = {}
for table in doc.spreadsheet.getElementsByType(Table):
    rows = []
    for row in table.getElementsByType(TableRow):
        cells = []
        for cell in row.getElementsByType(TableCell):
            kind = cell.attributes.get((OFFICENS, 'value-type'))
            value = cell.attributes.get((OFFICENS, 'value')) or cell.attributes.get((OFFICENS, 'date-value'))
            text = '\\n'.join(str(p) for p in cell.childNodes)
            cells.append([kind, value, text])
        rows.append(cells)
    out[table.getAttribute('name')] = rows
print(json.dumps(out))
`;
// Debian's python first: a python3 earlier on the PATH (pyenv) may not see Debian's packages.
const python = ['/usr/bin/python3', 'python3'].find(
  (p) => spawnSync(p, ['-c', 'import odf.opendocument']).status === 0,
);
const hasOdfpy = python !== undefined;
if (!hasOdfpy)
  console.warn('odfpy (python3-odf) is not installed: the ODS read-back test is skipped.');

(hasOdfpy ? it : it.skip)('an ODS file reads back in odfpy with its sheets, types and text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palier-ods-'));
  try {
    const file = join(dir, 'export.ods');
    writeFileSync(
      file,
      tablesToOds([
        {
          name: 'Présences',
          columns: ['Nom', 'Séances'],
          rows: [
            ['Léa <Martin> & fils', 12],
            ['=1+1', 2.5],
            [null, null],
          ],
        },
        { name: 'Dates', columns: ['Quand'], rows: [[new Date('2026-03-29T08:00:00Z')]] },
      ]),
    );
    const res = spawnSync(python!, ['-c', READER, file], { encoding: 'utf8' });
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual({
      Présences: [
        [
          ['string', null, 'Nom'],
          ['string', null, 'Séances'],
        ],
        [
          ['string', null, 'Léa <Martin> & fils'],
          ['float', '12', '12'],
        ],
        [
          ['string', null, "'=1+1"],
          ['float', '2.5', '2.5'],
        ],
        [
          [null, null, ''],
          [null, null, ''],
        ],
      ],
      Dates: [
        [['string', null, 'Quand']],
        [['date', '2026-03-29T08:00:00', '2026-03-29 08:00:00']],
      ],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
