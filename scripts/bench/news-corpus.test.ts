import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDocument, corpusDocuments, storylines, writeCorpus } from './news-corpus.ts';
import { valueIn } from './storylines.ts';

describe('scale corpus', () => {
  it('is deterministic per (seed, index), whatever slice is generated', () => {
    const whole = [...corpusDocuments(50, 7)];
    const slice = [...corpusDocuments(10, 7, 40, 50)];
    expect(slice).toEqual(whole.slice(40));
    expect([...corpusDocuments(50, 8)][3].text).not.toBe(whole[3].text);
  });

  it('writes documents of about 3 KB in German and English with distinct texts', () => {
    const docs = [...corpusDocuments(200, 1)];
    const sizes = docs.map((d) => Buffer.byteLength(d.text));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2_900);
    expect(Math.max(...sizes)).toBeLessThan(4_500);
    expect(new Set(docs.map((d) => d.meta.language))).toEqual(new Set(['de', 'en']));
    expect(new Set(docs.map((d) => d.text)).size).toBe(docs.length);
    expect(docs.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.meta.published))).toBe(true);
  });

  it('tells recurring storylines whose number drifts over the years', () => {
    const lines = storylines(2_000, 1);
    expect(lines.length).toBe(10);
    const story = lines.find((s) => s.drift !== 0)!;
    expect(valueIn(story, 2024, 2015)).not.toBe(valueIn(story, 2015, 2015));
    // Documents of one storyline share its place and thing counted, in different years.
    const same = Array.from({ length: 6 }, (_, k) => corpusDocument(story.id + k * lines.length, 1, lines));
    expect(same.every((d) => d.text.includes(story.place) && d.text.includes(story.noun))).toBe(true);
    expect(new Set(same.map((d) => d.meta.published.slice(0, 4))).size).toBeGreaterThan(1);
  });

  it('writes files and a manifest the importer reads', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
    try {
      const { files, manifest } = writeCorpus(dir, 12, 3);
      const listed = JSON.parse(fs.readFileSync(manifest, 'utf8')).documents as { file: string; language: string }[];
      expect(files).toBe(12);
      expect(listed.map((d) => d.file).sort()).toEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort());
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
