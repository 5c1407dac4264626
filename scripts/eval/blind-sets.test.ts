// Consistency of the blind sets written by helpers who never read the engine: every row parses,
// ids are unique, and an attribution paragraph is exactly its sentences joined by spaces.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_DIR, loadRows as loadAttribution } from './attribution-news.ts';
import { SUBJECTIVITY_DIR, loadRows as loadSubjectivity } from './subjectivity.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('blind attribution set', () => {
  const rows = loadAttribution(path.join(root, ATTRIBUTION_DIR));
  it('has both languages, unique ids and paragraphs made of their sentences', () => {
    expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(['de', 'en']));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) expect(r.sentences.map((s) => s.text).join(' '), r.id).toBe(r.text);
  });
});

describe('blind subjectivity set', () => {
  const rows = loadSubjectivity(path.join(root, SUBJECTIVITY_DIR));
  it('has both languages, unique ids and both labels', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(new Set(rows.map((r) => `${r.lang}:${r.id}`)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.label))).toEqual(new Set(['SUBJ', 'OBJ']));
  });
});
