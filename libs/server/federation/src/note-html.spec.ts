import { htmlToText, toHtml } from './html-text';

describe('toHtml (a public post as the HTML of a Note)', () => {
  it('escapes everything and keeps paragraphs and line breaks', () => {
    expect(toHtml('Bonjour <script>alert("x")</script> & bienvenue\nà tous\n\n  Suite ')).toBe(
      '<p>Bonjour &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; bienvenue<br>à tous</p><p>Suite</p>',
    );
  });
});

describe('htmlToText (remote HTML kept as plain text)', () => {
  it('gives back the text toHtml was made from', () => {
    const text = 'Séances <b>du lundi</b> & "jeudi"\nà 20 h\n\nÀ retirer à l’accueil';
    expect(htmlToText(toHtml(text))).toBe(text);
  });

  it('drops tags and decodes entities once', () => {
    expect(htmlToText('<p>a<script>x</script> &amp;lt; &#x41;<img src=x onerror=y></p>')).toBe(
      'ax &lt; A',
    );
  });
});
