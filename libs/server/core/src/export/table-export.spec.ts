import { strFromU8, unzipSync } from 'fflate';
import { tablesToOds, tableToCsv, type ExportTable } from './table-export';

const TABLE: ExportTable = {
  name: 'Inscriptions',
  columns: ['Nom', 'Âge', 'Note'],
  rows: [
    ['Léa Martin', 9, 'allergie ; "arachides"'],
    ['=HYPERLINK("http://x")', 10.5, null],
    ['Sami <Haddad> & fils', null, 'deux\nlignes'],
  ],
};

describe('table export (CSV and ODS)', () => {
  it('writes CSV for French spreadsheets: BOM, semicolons, decimal commas, quoting, no formulas', () => {
    const text = tableToCsv(TABLE).toString('utf8');
    expect(text.startsWith('\uFEFFNom;Âge;Note\r\n')).toBe(true);
    expect(text).toContain('Léa Martin;9;"allergie ; ""arachides"""\r\n');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")";10,5;\r\n`);
    expect(text).toContain('Sami <Haddad> & fils;;"deux\nlignes"\r\n');
  });

  it('writes an ODS zip: stored mimetype first, manifest, typed cells, escaped text', () => {
    const ods = tablesToOds([TABLE, { name: 'Vide', columns: ['A'], rows: [] }]);
    // The mimetype is the first entry, stored (method 0), so tools can sniff the type.
    expect(ods.subarray(0, 4).toString('binary')).toBe('PK\u0003\u0004');
    expect(ods.readUInt16LE(8)).toBe(0);
    expect(ods.subarray(30, 38).toString('utf8')).toBe('mimetype');
    const files = unzipSync(new Uint8Array(ods));
    expect(Object.keys(files)).toEqual(['mimetype', 'META-INF/manifest.xml', 'content.xml']);
    expect(strFromU8(files['mimetype'])).toBe('application/vnd.oasis.opendocument.spreadsheet');
    expect(strFromU8(files['META-INF/manifest.xml'])).toContain('manifest:full-path="content.xml"');
    const content = strFromU8(files['content.xml']);
    const sheets = [...content.matchAll(/<table:table table:name="([^"]+)">/g)].map((m) => m[1]);
    expect(sheets).toEqual(['Inscriptions', 'Vide']);
    expect(content).toContain(
      '<table:table-cell office:value-type="float" office:value="10.5"><text:p>10.5</text:p></table:table-cell>',
    );
    expect(content).toContain('<text:p>Sami &lt;Haddad&gt; &amp; fils</text:p>');
    expect(content).toContain('<text:p>deux</text:p><text:p>lignes</text:p>');
    expect(content).toContain(`<text:p>'=HYPERLINK(&quot;http://x&quot;)</text:p>`);
    expect(content.match(/<table:table-row>/g)).toHaveLength(5);
  });
});
