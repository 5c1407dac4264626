import { describe, expect, it } from 'vitest';
import { generateGermanNewsJsonl, readGermanParagraphs } from './news-de';

describe('generateGermanNewsJsonl', () => {
  it('draws German prose paragraphs from the repository', () => {
    const pool = readGermanParagraphs();
    expect(pool.length).toBeGreaterThan(100);
    for (const p of pool) expect(p).not.toMatch(/\n|\]\(/);
  });

  it('is deterministic for a seed and reaches the target size', () => {
    const a = generateGermanNewsJsonl(50_000, 7);
    expect(generateGermanNewsJsonl(50_000, 7).jsonl).toBe(a.jsonl);
    expect(generateGermanNewsJsonl(50_000, 8).jsonl).not.toBe(a.jsonl);
    expect(a.bytes).toBeGreaterThanOrEqual(50_000);
    expect(Buffer.byteLength(a.jsonl)).toBe(a.bytes);
    const lines = a.jsonl.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(a.lines);
    expect(lines.map((l) => l.text)).toEqual(a.texts);
  });
});
