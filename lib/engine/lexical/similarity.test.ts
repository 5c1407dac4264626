import { describe, expect, it } from 'vitest';
import { clauseOverlap, contentWords, sensesOf, wordSimilarity } from './similarity';
import { testResources } from './test-index';
import { SENSE_WEIGHT } from './types';

const res = testResources();

describe('sensesOf', () => {
  it('falls back to the light stemmer without resources', () => {
    expect(sensesOf('de', 'Fahrzeuge')).toEqual([{ key: 'de:fahrzeug', kind: 'own' }]);
  });

  it('uses the resources when given', () => {
    expect(sensesOf('de', 'Sozialwohnungen', res)).toContainEqual({ key: 'de:wohnung', kind: 'head' });
  });
});

describe('wordSimilarity', () => {
  it('matches inflected forms through the own stem', () => {
    expect(wordSimilarity({ lang: 'de', word: 'Fahrzeuge' }, { lang: 'de', word: 'Fahrzeugen' }, res)).toEqual({ score: 1, via: 'own', key: 'de:fahrzeug' });
  });

  it('matches a compound with its head at the head weight', () => {
    const m = wordSimilarity({ lang: 'de', word: 'Sozialwohnungen' }, { lang: 'de', word: 'Wohnungen' }, res);
    expect(m).toEqual({ score: SENSE_WEIGHT.head, via: 'head', key: 'de:wohnung' });
  });

  it('matches across languages through translations, in either direction', () => {
    const m = wordSimilarity({ lang: 'de', word: 'Fahrgäste' }, { lang: 'en', word: 'passengers' }, res);
    expect(m).toEqual({ score: SENSE_WEIGHT.translation, via: 'translation', key: 'en:passeng' });
    const back = wordSimilarity({ lang: 'en', word: 'passengers' }, { lang: 'de', word: 'Fahrgäste' }, res);
    expect(back).toMatchObject({ score: SENSE_WEIGHT.translation, via: 'translation' });
  });

  it('matches synonyms through a shared synonym set', () => {
    expect(wordSimilarity({ lang: 'de', word: 'Busse' }, { lang: 'de', word: 'Fahrzeuge' }, res)).toMatchObject({ score: SENSE_WEIGHT.synonym, via: 'synonym' });
    expect(wordSimilarity({ lang: 'en', word: 'riders' }, { lang: 'en', word: 'passengers' }, res)).toMatchObject({ via: 'synonym' });
  });

  it('takes the strongest of several shared keys', () => {
    // "Vorhaben" translates to "plan" (0.85) and shares its synonym set only as a related key (0.55).
    expect(wordSimilarity({ lang: 'de', word: 'Vorhaben' }, { lang: 'en', word: 'plans' }, res)).toMatchObject({ score: SENSE_WEIGHT.translation, key: 'en:plan' });
    expect(wordSimilarity({ lang: 'de', word: 'Vorhaben' }, { lang: 'en', word: 'project' }, res)).toMatchObject({ score: SENSE_WEIGHT.translation, key: 'en:project' });
  });

  it('matches close stems of one language without a shared key', () => {
    expect(wordSimilarity({ lang: 'de', word: 'Fahrerin' }, { lang: 'de', word: 'Fahrerinnen' }, res)).toMatchObject({ score: 0.75, via: 'stem' });
  });

  it('returns null for unrelated words', () => {
    expect(wordSimilarity({ lang: 'de', word: 'Busse' }, { lang: 'en', word: 'passengers' }, res)).toBeNull();
    expect(wordSimilarity({ lang: 'de', word: 'Haushalte' }, { lang: 'de', word: 'Wohnungen' }, res)).toBeNull();
  });
});

describe('contentWords', () => {
  it('drops stop words, numbers and short tokens', () => {
    expect(contentWords('Die Zahl der Fahrgäste liegt bei 1.200 im Jahr.', 'de', res)).toEqual(['Zahl', 'Fahrgäste', 'liegt']);
  });

  it('drops the stop words of the index too', () => {
    // "ab" is a stop word of the test index; the built-in list does not have it.
    expect(contentWords('Die Anwohner lehnen das Vorhaben ab.', 'de', res)).toEqual(['Anwohner', 'lehnen', 'Vorhaben']);
  });
});

describe('clauseOverlap', () => {
  it('is the share of the shorter clause that finds a counterpart', () => {
    const a = { lang: 'de' as const, words: ['Fahrgäste', 'Vorhaben'] };
    const b = { lang: 'en' as const, words: ['passengers', 'praise', 'plan'] };
    expect(clauseOverlap(a, b, res)).toBeCloseTo(SENSE_WEIGHT.translation);
    expect(clauseOverlap(b, a, res)).toBeCloseTo(SENSE_WEIGHT.translation);
  });

  it('gives partial credit when only some words match', () => {
    const a = { lang: 'de' as const, words: ['Fahrzeuge', 'Stadt'] };
    const b = { lang: 'de' as const, words: ['Fahrzeugen', 'Brücke', 'Hafen'] };
    expect(clauseOverlap(a, b, res)).toBeCloseTo(0.5);
  });

  it('ignores related keys', () => {
    // "Fahrgäste" reaches the synonym set of "riders" only as a related key.
    expect(clauseOverlap({ lang: 'de', words: ['Fahrgäste'] }, { lang: 'en', words: ['riders'] }, res)).toBe(0);
  });

  it('is 0 for an empty clause', () => {
    expect(clauseOverlap({ lang: 'de', words: [] }, { lang: 'de', words: ['Busse'] }, res)).toBe(0);
  });
});
