import { describe, expect, it } from 'vitest';
import { FIXTURE_PAIRS } from './fixtures';
import { buildCorpusStats, idfOf } from './corpus';
import { DEFAULT_LEXICON } from './lexicon';

const harbour = FIXTURE_PAIRS.find((p) => p.left.id === 'harbour-2018')!;

describe('corpus statistics', () => {
  it('weighs a word most claims share far below a rare one', () => {
    const claims = [...harbour.left.claims, ...harbour.right.claims];
    const corpus = buildCorpusStats(claims, DEFAULT_LEXICON);
    expect(idfOf(corpus, 's:bitt')).toBeGreaterThan(0.6);
    expect(idfOf(corpus, 's:mission')).toBeLessThan(0.45);
    expect(idfOf(corpus, 'e:nordbund')).toBeLessThan(idfOf(corpus, 's:bitt'));
  });
});
