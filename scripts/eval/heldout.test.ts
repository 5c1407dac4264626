// Schema and consistency checks of the blind held-out set (tests/fixtures/heldout), with the
// same schema and loader as the dev set.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELDOUT_DIR, devItemSchema, listDevSetFiles, loadDevSet } from './dev-set.ts';

const files = listDevSetFiles(HELDOUT_DIR);
const items = loadDevSet({ dir: HELDOUT_DIR });

describe('held-out set files', () => {
  it('has one file per language', () => {
    expect(files.map((file) => path.basename(file))).toEqual(['de.jsonl', 'en.jsonl']);
  });

  it('every line is valid JSON matching the dev-set schema, with the language of its file', () => {
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

  it('has at least 120 items per language', () => {
    expect(items.filter((item) => item.lang === 'de').length).toBeGreaterThanOrEqual(120);
    expect(items.filter((item) => item.lang === 'en').length).toBeGreaterThanOrEqual(120);
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

  it('keeps about 15 % non-claims (between 10 and 25 %) in each language', () => {
    for (const lang of ['de', 'en'] as const) {
      const subset = items.filter((item) => item.lang === lang);
      const share = subset.filter((item) => item.claims.length === 0).length / subset.length;
      expect(share, lang).toBeGreaterThanOrEqual(0.1);
      expect(share, lang).toBeLessThanOrEqual(0.25);
    }
  });

  it('follows the guidelines: speakers only on quote/reported, ranges contain their value', () => {
    for (const item of items) {
      for (const claim of item.claims) {
        if (claim.kind !== 'quote' && claim.kind !== 'reported') {
          expect(claim.speaker, `${item.id} ${claim.kind}`).toBeNull();
        }
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
