import { describe, expect, it } from 'vitest';
import { parseDocumentBytes } from './index.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

const article = `<!DOCTYPE html>
<html lang="de-DE">
<head>
  <meta charset="utf-8">
  <title>Preise steigen | Beispielzeitung</title>
  <meta property="og:title" content="Preise steigen im Mai">
  <meta property="og:site_name" content="Beispielzeitung">
  <meta property="og:url" content="https://zeitung.example/wirtschaft/preise">
  <meta property="article:published_time" content="2024-05-31T08:15:00+02:00">
  <meta name="author" content="Meta Autor">
  <style>body { color: red } .secret { display: none }</style>
  <script>window.tracking = "SCRIPT_IN_HEAD";</script>
  <script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "@id": "#site", "name": "Beispielzeitung Online"},
      {"@type": ["NewsArticle"], "headline": "Die Preise steigen im Mai deutlich",
       "author": [{"@type": "Person", "name": "Anna Muster"}, {"@id": "#ben"}, "Carla Dritte"],
       "datePublished": "2024-05-30", "publisher": {"@type": "Organization", "name": "Beispielzeitung GmbH"}}
    ]}
  </script>
  <script type="application/ld+json">{"@type": "Person", "@id": "#ben", "name": "Ben Beispiel"}</script>
</head>
<body>
  <nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <header><p>Jetzt abonnieren und sparen!</p></header>
  <main>
    <article>
      <h1>Die Preise steigen im Mai deutlich</h1>
      <p>Die Verbraucherpreise in Deutschland sind im Mai um 2,4 Prozent gestiegen, wie das Statistische Bundesamt am Freitag mitteilte. Das ist der höchste Wert seit Jahresbeginn.</p>
      <script>document.write("SCRIPT_IN_BODY")</script>
      <iframe src="https://ads.example/frame">IFRAME_TEXT</iframe>
      <p>Vor allem Energie und Lebensmittel wurden teurer. Ökonomen hatten mit einem etwas geringeren Anstieg gerechnet, sagte eine Sprecherin der Bundesbank.<br>Eine zweite Zeile im selben Absatz.</p>
      <style>.x { content: "STYLE_IN_BODY" }</style>
      <p>Die Europäische Zentralbank dürfte ihre Zinsen dennoch im Juni senken, erwarten die meisten Analysten. Die Entscheidung fällt am kommenden Donnerstag in Frankfurt.</p>
      <noscript>NOSCRIPT_TEXT</noscript>
    </article>
  </main>
  <footer><p>Impressum · Datenschutz · Kontakt</p></footer>
</body>
</html>`;

describe('HTML', () => {
  it('reads the main text as plain paragraphs, without scripts, styles, frames or page furniture', async () => {
    const doc = await parseDocumentBytes(bytes(article), 'preise.html');
    expect(doc.format).toBe('html');
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs.find((p) => p.startsWith('Die Verbraucherpreise'))).toMatch(/Jahresbeginn\.$/);
    expect(doc.text).toContain('Sprecherin der Bundesbank.\nEine zweite Zeile im selben Absatz.');
    expect(paragraphs.at(-1)).toBe('Die Europäische Zentralbank dürfte ihre Zinsen dennoch im Juni senken, erwarten die meisten Analysten. Die Entscheidung fällt am kommenden Donnerstag in Frankfurt.');
    for (const junk of ['SCRIPT_IN_HEAD', 'SCRIPT_IN_BODY', 'IFRAME_TEXT', 'STYLE_IN_BODY', 'NOSCRIPT_TEXT', 'color: red', 'Startseite', 'abonnieren', 'Impressum', '<', 'schema.org']) {
      expect(doc.text, junk).not.toContain(junk);
    }
  });

  it('reads metadata from JSON-LD, Open Graph, article:published_time and <html lang>', async () => {
    const { meta } = await parseDocumentBytes(bytes(article), 'preise.html');
    expect(meta).toEqual({
      title: 'Die Preise steigen im Mai deutlich',
      authors: ['Anna Muster', 'Ben Beispiel', 'Carla Dritte'],
      outlet: 'Beispielzeitung',
      url: 'https://zeitung.example/wirtschaft/preise',
      published: '2024-05-31',
      language: 'de',
    });
  });

  it('falls back to <title>, <meta name=author> and JSON-LD for what Open Graph lacks', async () => {
    const html = `<html lang="en"><head><title> A plain\tpage </title><meta name="author" content="Jo Writer">
      <script type="application/ld+json">[{"@type":"Article","datePublished":"2019-07","publisher":"The Outlet","url":"https://outlet.example/a"}]</script></head>
      <body><p>Only one paragraph of text lives on this page, long enough to be read as its article body by anyone.</p></body></html>`;
    const doc = await parseDocumentBytes(bytes(html), 'page.htm');
    expect(doc.meta).toEqual({ title: 'A plain page', authors: ['Jo Writer'], outlet: 'The Outlet', url: 'https://outlet.example/a', published: '2019-07', language: 'en' });
    expect(doc.text).toBe('Only one paragraph of text lives on this page, long enough to be read as its article body by anyone.');
  });

  it('decodes a declared legacy charset and drops implausible dates and other languages', async () => {
    const latin1 = Buffer.from('<html lang="fr"><head><meta charset="iso-8859-1"><meta property="article:published_time" content="1066-10-14"></head><body><p>Gr\u00fc\u00dfe aus K\u00f6ln.</p></body></html>', 'latin1');
    const doc = await parseDocumentBytes(new Uint8Array(latin1), 'alt.html');
    expect(doc.text).toBe('Grüße aus Köln.');
    expect(doc.meta).toEqual({});
  });

  it('is detected by its content, whatever the name, and by a server that calls a fragment HTML', async () => {
    expect((await parseDocumentBytes(bytes(`\uFEFF  <!-- saved -->\n${article}`), 'artikel.txt')).format).toBe('html');
    const fragment = await parseDocumentBytes(bytes('<div><p>Ein Fragment.</p><p>Zwei.</p></div>'), 'https://x.example/a', { contentType: 'text/html; charset=utf-8' });
    expect(fragment).toMatchObject({ format: 'html', text: 'Ein Fragment.\n\nZwei.' });
    expect(await parseDocumentBytes(bytes('<p>Nur ein <b>Absatz</b>.</p>'), 'schnipsel.html')).toMatchObject({ format: 'html', text: 'Nur ein Absatz.' });
    expect(await parseDocumentBytes(bytes('Kein Tag, nur Text.'), 'text.html')).toMatchObject({ format: 'text', text: 'Kein Tag, nur Text.' });
  });

  it('reads a page nested too deeply for Readability as a whole body, without overflowing the stack', async () => {
    const deep = `<html><body><nav>Menü</nav>${'<div>'.repeat(20000)}<p>Tief verschachtelter Text.</p>${'</div>'.repeat(20000)}</body></html>`;
    expect((await parseDocumentBytes(bytes(deep), 'tief.html')).text).toBe('Tief verschachtelter Text.');
  });
});
