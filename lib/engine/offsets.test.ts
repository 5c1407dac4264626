import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const PARTS = [
  'Die Stadt Köln investiert 2024 rund 12,5 Mio. Euro in Schulen.', '„Das reicht nicht“, sagte Dr. Anna Vogt.',
  'Am 3. Oktober feiern wir.', 'The U.S. economy grew 2.5% in Q3, e.g. via exports.', '"We will win," he said.',
  '# Überschrift', '- Punkt eins ohne Verb', 'Soldaten.12 Danach', '…', '»Zitat«', 'Foto: dpa', '\n', '\n\n', '  ',
  '[Link](https://x.org/a.b)', '¹', 'Er sagte: „Erstens. Zweitens.“', 'Is this true?',
];

// Deterministic pseudo-random generator so failures are reproducible.
const rng = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

describe('offset invariants', () => {
  it('holds for every claim on varied random documents', () => {
    const next = rng(42);
    for (let n = 0; n < 200; n++) {
      let t = '';
      const len = 1 + Math.floor(next() * 12);
      for (let k = 0; k < len; k++) t += PARTS[Math.floor(next() * PARTS.length)] + (next() < 0.5 ? ' ' : '');
      const r = extractClaims(t);
      for (const c of r.claims) {
        expect(t.slice(c.start, c.end)).toBe(c.text);
        expect(c.text).toBe(c.text.trim());
        expect(c.prefix).toBe(t.slice(Math.max(0, c.start - 32), c.start));
        expect(c.suffix).toBe(t.slice(c.end, c.end + 32));
        expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
        expect(c.checkworthiness).toBeLessThanOrEqual(1);
        for (const e of c.entities) expect(t.slice(e.start, e.end)).toBe(e.text);
      }
      for (let i = 1; i < r.claims.length; i++) expect(r.claims[i].start).toBeGreaterThanOrEqual(r.claims[i - 1].end);
    }
  });
});
