import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Reads an ODS file with odfpy (Debian's python3-odf, the maintained OpenDocument library the
 * table-export test uses): each sheet as rows of cell texts. Null when odfpy is not installed.
 */
const SCRIPT = `
import sys, json
from odf.opendocument import load
from odf.table import Table, TableRow, TableCell
from odf import teletype
sheets = {}
for sheet in load(sys.argv[1]).spreadsheet.getElementsByType(Table):
    sheets[sheet.getAttribute('name')] = [[teletype.extractText(c) for c in r.getElementsByType(TableCell)]
                                          for r in sheet.getElementsByType(TableRow)]
print(json.dumps(sheets))
`;

export const odfPython = ['/usr/bin/python3', 'python3'].find(
  (p) => spawnSync(p, ['-c', 'import odf.opendocument']).status === 0,
);

export function readOds(bytes: Buffer): Record<string, string[][]> {
  if (!odfPython) throw new Error('odfpy (python3-odf) is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'palier-read-ods-'));
  try {
    const file = join(dir, 'report.ods');
    writeFileSync(file, bytes);
    const res = spawnSync(odfPython, ['-c', SCRIPT, file], { encoding: 'utf8' });
    if (res.status !== 0) throw new Error(res.stderr);
    return JSON.parse(res.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
