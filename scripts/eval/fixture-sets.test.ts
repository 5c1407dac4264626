// Schema and consistency checks of the annotated sets: the dev set (used for tuning) and the
// blind held-out set (never used for tuning). Both share one schema and loader.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_SET_DIR, HELDOUT_2_DIR, HELDOUT_DIR, devItemSchema, listDevSetFiles, loadDevSet, parseDevSetLines } from './dev-set.ts';

const sets = [
  { name: 'dev set', dir: DEV_SET_DIR, minTotal: 240, minPerLang: 100 },
  { name: 'held-out set', dir: HELDOUT_DIR, minTotal: 240, minPerLang: 120 },
  { name: 'second held-out set', dir: HELDOUT_2_DIR, minTotal: 200, minPerLang: 100 },
];

describe.each(sets)('$name files', ({ dir, minTotal, minPerLang }) => {
  const files = listDevSetFiles(dir);
  const items = loadDevSet({ dir });

  it('has one file per language, every line valid and in the language of its file', () => {
    expect(files.map((file) => path.basename(file))).toEqual(['de.jsonl', 'en.jsonl']);
    for (const file of files) {
      const lang = path.basename(file, '.jsonl');
      const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
      for (const [index, line] of lines.entries()) {
        const result = devItemSchema.safeParse(JSON.parse(line));
        expect(result.success, `${path.basename(file)}:${index + 1}`).toBe(true);
        expect(result.data?.lang, `${path.basename(file)}:${index + 1}`).toBe(lang);
      }
    }
  });

  it(`has at least ${minTotal} items, at least ${minPerLang} per language`, () => {
    expect(items.length).toBeGreaterThanOrEqual(minTotal);
    expect(items.filter((item) => item.lang === 'de').length).toBeGreaterThanOrEqual(minPerLang);
    expect(items.filter((item) => item.lang === 'en').length).toBeGreaterThanOrEqual(minPerLang);
  });

  it('has unique ids whose prefix is the language', () => {
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of items) expect(item.id.startsWith(`${item.lang}-`), item.id).toBe(true);
  });

  it('every gold quote is an exact substring of its text, once per claim', () => {
    for (const item of items) {
      const starts = item.claims.map((claim) => item.text.indexOf(claim.quote));
      for (const start of starts) expect(start, item.id).toBeGreaterThanOrEqual(0);
      expect(new Set(starts).size, item.id).toBe(starts.length);
    }
  });

  it('keeps about 15 % non-claims (between 10 and 25 %)', () => {
    const share = items.filter((item) => item.claims.length === 0).length / items.length;
    expect(share).toBeGreaterThanOrEqual(0.1);
    expect(share).toBeLessThanOrEqual(0.25);
  });

  it('follows the guidelines: speakers only on quote/reported, ranges contain their value', () => {
    for (const item of items) {
      for (const claim of item.claims) {
        if (claim.kind !== 'quote' && claim.kind !== 'reported') expect(claim.speaker, `${item.id} ${claim.kind}`).toBeNull();
        for (const quantity of claim.quantities) {
          if (quantity.low !== undefined || quantity.high !== undefined) {
            expect(quantity.low, item.id).toBeLessThanOrEqual(quantity.value);
            expect(quantity.high, item.id).toBeGreaterThanOrEqual(quantity.value);
          }
        }
      }
    }
  });

  it('covers every kind and domain in both languages', () => {
    for (const lang of ['de', 'en'] as const) {
      const subset = items.filter((item) => item.lang === lang);
      const kinds = new Set(subset.flatMap((item) => item.claims.map((claim) => claim.kind)));
      expect([...kinds].sort()).toEqual(['evaluative', 'factual', 'prediction', 'quote', 'reported']);
      expect(new Set(subset.map((item) => item.domain)).size).toBe(9);
    }
  });
});

describe('parseDevSetLines', () => {
  it('rejects an unknown kind with the line number', () => {
    const line = JSON.stringify({
      id: 'en-001',
      lang: 'en',
      domain: 'economy',
      text: 'Prices rose.',
      claims: [{ quote: 'Prices rose.', kind: 'fact', speaker: null, hedged: false, negated: false, quantities: [] }],
    });
    expect(() => parseDevSetLines(`\n${line}\n`, 'x.jsonl')).toThrow(/x\.jsonl:2/);
  });
});
