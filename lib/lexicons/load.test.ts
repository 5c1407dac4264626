import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLexicalResources, LEXICON_INDEX } from './load';

// The shipped index is built by `npm run lexicons:build` and is not in the repository.
const hasIndex = fs.existsSync(path.resolve(import.meta.dirname, '../../data/lexicons', LEXICON_INDEX));

describe('the shipped lexicon index', () => {
  it.skipIf(!hasIndex)('gives "Fahrgäste" and "passengers" a shared key', () => {
    const res = getLexicalResources();
    const de = new Set(res.sensesOf('de', 'Fahrgäste').map((k) => k.key));
    expect(res.sensesOf('en', 'passengers').some((k) => de.has(k.key))).toBe(true);
  });

  it.skipIf(!hasIndex)('keeps an agent noun\'s translation when its stem is its root\'s ("Besucher" / "visitors", "Mieter" / "renters")', () => {
    const res = getLexicalResources();
    const shares = (de: string, en: string) => {
      const keys = new Set(res.sensesOf('de', de).map((k) => k.key));
      return res.sensesOf('en', en).some((k) => keys.has(k.key));
    };
    expect(shares('Besucher', 'visitors')).toBe(true);
    expect(shares('Mieter', 'renters')).toBe(true);
    expect(shares('Besuch', 'visit')).toBe(true);
  });

  it.skipIf(!hasIndex)('gives a compound in the dictionary its head as a key when both parts are long ("Mittagessen" ~ "Essen")', () => {
    const res = getLexicalResources();
    const essen = res.sensesOf('de', 'Essen')[0].key;
    expect(res.sensesOf('de', 'Mittagessen').some((k) => k.kind === 'head' && k.key === essen)).toBe(true);
    // A short head ("Hof" in "Bahnhof") is no such key.
    expect(res.sensesOf('de', 'Bahnhof').some((k) => k.kind === 'head')).toBe(false);
  });

  it.skipIf(!hasIndex)('knows the polarity of "begrüßen" and "kritisieren" (an inflected form)', () => {
    const res = getLexicalResources();
    expect(res.polarityOf('de', 'begrüßen')).toBeGreaterThan(0);
    expect(res.polarityOf('de', 'kritisiert')).toBeLessThan(0);
  });

  it.skipIf(!hasIndex)('does not read a word with the sign of another word of its stem ("verlässlich" +, "verlassen" −)', () => {
    const res = getLexicalResources();
    expect(res.polarityOf('de', 'verlässlich')).toBeGreaterThan(0);
    expect(res.polarityOf('de', 'verlässliches')).toBeGreaterThan(0);
  });

  it.skipIf(!hasIndex)('knows that good and bad are antonyms', () => {
    const res = getLexicalResources();
    expect(res.areAntonyms('en', 'good', 'bad')).toBe(true);
    expect(res.areAntonyms('en', 'good', 'plan')).toBe(false);
  });

  it.skipIf(!hasIndex)('is loaded once per process', () => {
    expect(getLexicalResources()).toBe(getLexicalResources());
  });
});
