import { describe, expect, it } from 'vitest';
import { claimReviews } from './claimreview.ts';
import { annotationCollection } from './webannotation.ts';
import { claimsCsv, CSV_COLUMNS, safeCell } from './csv.ts';
import { anchorAnnotation, parseAnnotations } from './annotations-in.ts';
import { headerLine, parseHeader, parseRow } from './backup.ts';
import { options, parseCsv, sampleDocument } from './test-fixtures.ts';

// JSON-LD is read as loose JSON here: the tests check its shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

describe('ClaimReview', () => {
  const [rated, unrated, third] = claimReviews([sampleDocument()], options) as Json[];
  it('has the required properties on every review', () => {
    for (const r of [rated, unrated, third]) {
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      expect(typeof r.claimReviewed).toBe('string');
      expect(r.url).toMatch(/^https:\/\/claims\.example\/documents\/doc1#claim-c\d$/);
      expect(r.itemReviewed['@type']).toBe('Claim');
      expect(r.itemReviewed.datePublished).toBe('2020-02-14T00:00:00.000Z');
      expect(r.itemReviewed.appearance).toMatchObject({ '@type': 'NewsArticle', url: 'https://news.example/tram', headline: 'Tram plans', publisher: { '@type': 'Organization', name: 'Daily' } });
      expect(r.author['@type']).toMatch(/Person|Organization/);
      expect(typeof r.datePublished).toBe('string');
    }
  });
  it('rates a rated claim on the 1–5 scale with its label, by the editor who rated', () => {
    expect(rated.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' });
    expect(rated.author).toEqual({ '@type': 'Person', name: 'Eve Editor' });
    expect(rated.datePublished).toBe('2024-02-01T00:00:00.000Z');
    expect(rated.itemReviewed.author).toEqual({ '@type': 'Person', name: 'The mayor' });
  });
  it('leaves out the rating of an unrated claim; the author is the app and the claim is the document author’s', () => {
    expect(unrated.reviewRating).toBeUndefined();
    expect(unrated.author).toEqual({ '@type': 'Organization', name: 'Claimscope', url: 'https://claims.example' });
    expect(unrated.itemReviewed.author).toEqual({ '@type': 'Person', name: 'A. Writer' });
  });
});

describe('Web Annotation', () => {
  const doc = sampleDocument();
  const collection = annotationCollection([doc], options) as Json;
  it('is one AnnotationCollection with its items in first.items', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(3);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.items).toHaveLength(3);
  });
  it('gives selectors that re-anchor to the exact text', () => {
    for (const a of collection.first.items) {
      const [quote, position] = a.target.selector;
      expect(a.target.source).toBe('urn:claimscope:document:doc1');
      expect(a.target.scope).toBe('https://news.example/tram');
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      expect(doc.text.slice(position.start, position.end)).toBe(quote.exact);
      expect(doc.text.slice(0, position.start).endsWith(quote.prefix)).toBe(true);
      expect(doc.text.slice(position.end).startsWith(quote.suffix)).toBe(true);
    }
  });
  it('describes kind, speaker, topics with stance, creator and dates', () => {
    const a = collection.first.items[0];
    expect(a.type).toBe('Annotation');
    expect(a.created).toBe('2024-01-02T03:04:05.000Z');
    expect(a.modified).toBe('2024-01-03T00:00:00.000Z');
    expect(a.creator).toEqual({ type: 'Software', name: 'Claimscope' });
    expect(a.body).toContainEqual(expect.objectContaining({ type: 'TextualBody', field: 'kind', value: 'reported' }));
    expect(a.body).toContainEqual(expect.objectContaining({ field: 'speaker', value: 'The mayor' }));
    expect(a.body).toContainEqual(expect.objectContaining({ purpose: 'tagging', value: 'Tram cost', stance: 'supports' }));
    expect(collection.first.items[1].creator).toEqual({ type: 'Person', name: 'Ann Annotator' });
  });
  it('leaves out orphaned claims, whose offsets no longer fit the text', () => {
    const d = sampleDocument();
    d.claims[0].orphaned = true;
    expect((annotationCollection([d], options) as Json).total).toBe(2);
  });
});

describe('CSV', () => {
  const csv = claimsCsv([sampleDocument()]);
  const rows = parseCsv(csv);
  it('has a header and one row per claim × topic', () => {
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(4);
    expect(rows.filter((r) => r.claim_id === 'c1').map((r) => r.topic_label)).toEqual(['Tram cost', 'Budget']);
    expect(rows.find((r) => r.claim_id === 'c2')).toMatchObject({ topic_id: '', topic_label: '', stance: '' });
    expect(rows[0]).toMatchObject({ rating: '2', rating_label: 'Mostly false', start: String(sampleDocument().claims[0].start) });
  });
  it('defuses cells a spreadsheet would run as a formula', () => {
    const c3 = rows.find((r) => r.claim_id === 'c3')!;
    expect(c3.text).toBe("'=SUM(A1) said the council.");
    expect(c3.speaker).toBe("'@council");
    for (const bad of ['=1+1', '+1', '-1', '@x', '\tx', '\rx']) expect(safeCell(bad)).toBe(`'${bad}`);
    expect(safeCell('plain')).toBe('plain');
  });
});

describe('reading Web Annotations', () => {
  const text = 'One two three. Four five six. One two three again.';
  it('reads a collection, a Hypothesis-style target array and tags', () => {
    const file = JSON.stringify({
      type: 'AnnotationCollection',
      first: { items: [{ type: 'Annotation', body: [{ type: 'TextualBody', value: 'Check this' }, { type: 'TextualBody', purpose: 'tagging', value: 'tram' }], target: [{ source: 'https://x.example/a', selector: [{ type: 'TextQuoteSelector', exact: 'Four five six.', prefix: 'three. ', suffix: ' One' }, { type: 'TextPositionSelector', start: 15, end: 29 }] }] }] },
    });
    const [a] = parseAnnotations(file);
    expect(a).toMatchObject({ sources: ['https://x.example/a'], note: 'Check this', tags: ['tram'], position: { start: 15, end: 29 }, quote: { exact: 'Four five six.' } });
    expect(anchorAnnotation(a, text)).toEqual({ start: 15, end: 29, by: 'position' });
  });
  it('finds the quote by its context when the position disagrees', () => {
    const a = { quote: { exact: 'One two three', prefix: 'six. ', suffix: ' again' }, position: { start: 0, end: 13 } };
    expect(anchorAnnotation(a, text)).toEqual({ start: 30, end: 43, by: 'quote' });
    const shifted = { quote: { exact: 'Four five six.', prefix: 'three. ', suffix: ' One' }, position: { start: 20, end: 34 } };
    expect(anchorAnnotation(shifted, text)).toEqual({ start: 15, end: 29, by: 'quote' });
    expect(anchorAnnotation({ quote: null, position: { start: 0, end: 3 } }, text)).toEqual({ start: 0, end: 3, by: 'position' });
    expect(anchorAnnotation({ quote: { exact: 'seven', prefix: '', suffix: '' }, position: null }, text)).toBeNull();
  });
  it('refuses malformed input with the reason', () => {
    expect(() => parseAnnotations('{')).toThrow(/not valid JSON/);
    expect(() => parseAnnotations('{"hello":1}')).toThrow(/expected an AnnotationCollection/);
    expect(() => parseAnnotations('[{"body":"x"}]')).toThrow(/annotation 1: .*target/);
  });
});

describe('backup lines', () => {
  it('round-trips a header and rows, dates back to Date', () => {
    const h = parseHeader('b', headerLine({ document: 1 }, false, new Date('2024-01-01T00:00:00Z')));
    expect(h).toMatchObject({ format: 'claimscope-backup', version: 1, counts: { document: 1 } });
    const row = parseRow('b', 2, JSON.stringify({ type: 'revision', id: 'r1', createdAt: '2024-01-01T00:00:00.000Z', before: null, after: { a: 1 } }));
    expect(row.table.model).toBe('revision');
    expect(row.data).toEqual({ id: 'r1', createdAt: new Date('2024-01-01T00:00:00Z'), after: { a: 1 } });
  });
  it('names the line and the problem in bad input', () => {
    expect(() => parseHeader('b', '{"type":"header","format":"other"}')).toThrow(/line 1: is not a claimscope-backup header/);
    expect(() => parseHeader('b', '{"type":"header","format":"claimscope-backup","version":9,"counts":{}}')).toThrow(/version 9 is not supported/);
    expect(() => parseRow('b', 3, '{"type":"spaceship","id":"x"}')).toThrow(/line 3: unknown row type "spaceship"/);
    expect(() => parseRow('b', 4, '{"type":"claim","id":"x","createdAt":"yesterday"}')).toThrow(/line 4: claim.createdAt is not a date/);
    expect(() => parseRow('b', 5, 'nope')).toThrow(/line 5: is not valid JSON/);
  });
});
