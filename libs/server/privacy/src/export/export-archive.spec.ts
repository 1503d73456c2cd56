import { strFromU8, unzipSync } from 'fflate';
import {
  buildExportArchive,
  ExportFileSet,
  HTML_NAME,
  JSON_NAME,
  renderExportHtml,
  type ExportContents,
} from './export-archive';

function contents(data: Record<string, unknown>, files = new ExportFileSet()): ExportContents {
  return {
    displayName: 'Amina <b>Diallo</b>',
    generatedAt: new Date('2026-03-29T12:05:00Z'),
    timeZone: 'Europe/Paris',
    people: [
      {
        displayName: 'Amina',
        parts: [
          {
            module: 'feed',
            title: 'Publications',
            labels: { posts: 'Mes publications', body: 'Texte', created_at: 'Publié le' },
            data,
          },
        ],
      },
    ],
    files: files.files,
  };
}

describe('the data export archive', () => {
  it('writes the JSON, the HTML page and the files into one ZIP', () => {
    const files = new ExportFileSet();
    const path = files.add('photo du jardin.webp', new Uint8Array([1, 2, 3]));
    const archive = buildExportArchive(
      contents(
        { posts: [{ body: 'Bonjour', photo: path, created_at: '2026-03-29T12:05:00.000Z' }] },
        files,
      ),
    );
    const unzipped = unzipSync(archive);
    expect(Object.keys(unzipped).sort()).toEqual(
      [HTML_NAME, JSON_NAME, 'fichiers/photo-du-jardin.webp'].sort(),
    );
    const json = JSON.parse(strFromU8(unzipped[JSON_NAME]));
    expect(json.people[0].modules.feed.posts[0].body).toBe('Bonjour');
    const html = strFromU8(unzipped[HTML_NAME]);
    expect(html).toContain('<h3>Mes publications</h3>');
    expect(html).toContain('href="fichiers/photo-du-jardin.webp"');
  });

  it('writes dates in words in the community time zone (summer time: 12:05 UTC is 14 h 05)', () => {
    const html = renderExportHtml(
      contents({ posts: [{ created_at: '2026-03-29T12:05:00.000Z' }] }),
    );
    expect(html).toContain('29 mars 2026 à 14 h 05');
    expect(html).toContain('<th scope="col">Publié le</th>');
  });

  it('renders what members wrote inert', () => {
    const html = renderExportHtml(
      contents({ posts: [{ body: '<script>alert(1)</script><img src=x onerror=alert(2)>' }] }),
    );
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Amina &lt;b&gt;Diallo&lt;/b&gt;');
  });

  it('gives two files of the same name two paths', () => {
    const files = new ExportFileSet();
    expect(files.add('a.jpg', new Uint8Array())).toBe('fichiers/a.jpg');
    expect(files.add('a.jpg', new Uint8Array())).toBe('fichiers/2-a.jpg');
    expect(files.add('../../etc/passwd', new Uint8Array())).toBe('fichiers/etc-passwd');
  });
});
