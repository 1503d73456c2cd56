import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ContributionText } from './contribution-text';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '"><iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">clic</a>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '<style>body{display:none}</style>',
  "{{constructor.constructor('alert(1)')()}}",
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
];

const render = (text: string) => renderToStaticMarkup(createElement(ContributionText, { text }));

describe('ContributionText', () => {
  it.each(PAYLOADS)('renders %s as inert text', (payload) => {
    const html = render(payload);
    // The only elements are the paragraph and safe links: no other tag, no event attribute.
    for (const tag of html.match(/<[a-z][^>]*>/gi) ?? [])
      expect(tag).toMatch(
        /^<(p class="pal-contribution-text" dir="auto"|a href="(https?:|mailto:)[^"]*" rel="nofollow noopener noreferrer ugc" target="_blank")>$/,
      );
    // Everything typed is still there, as text.
    const text = html.replace(/<[^>]+>/g, '');
    expect(
      text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&amp;/g, '&'),
    ).toBe(payload);
  });

  it('turns web addresses into links that send no referrer, and keeps the text around', () => {
    expect(render('Inscriptions sur https://exemple.fr/atelier?x=1 avant jeudi')).toBe(
      '<p class="pal-contribution-text" dir="auto">Inscriptions sur <a href="https://exemple.fr/atelier?x=1" rel="nofollow noopener noreferrer ugc" target="_blank">https://exemple.fr/atelier?x=1</a> avant jeudi</p>',
    );
    expect(render('écrire à accueil@exemple.fr')).toContain('href="mailto:accueil@exemple.fr"');
  });

  it('keeps line breaks as typed', () => {
    expect(render('ligne 1\nligne 2')).toBe(
      '<p class="pal-contribution-text" dir="auto">ligne 1\nligne 2</p>',
    );
  });
});
