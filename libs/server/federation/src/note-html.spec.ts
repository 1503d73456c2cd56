import { toHtml } from './federation.service';

describe('toHtml (a public post as the HTML of a Note)', () => {
  it('escapes everything and keeps paragraphs and line breaks', () => {
    expect(toHtml('Bonjour <script>alert("x")</script> & bienvenue\nà tous\n\n  Suite ')).toBe(
      '<p>Bonjour &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; bienvenue<br>à tous</p><p>Suite</p>',
    );
  });
});
