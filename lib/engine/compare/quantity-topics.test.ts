import { describe, expect, it } from 'vitest';
import { FIXTURE_PAIRS } from './fixtures';
import { doc } from './fixtures/helpers';
import { buildCorpusStats, idfOf } from './corpus';
import { DEFAULT_LEXICON } from './lexicon';
import { pairQuantities } from './quantity-topics';

const harbour = FIXTURE_PAIRS.find((p) => p.left.id === 'harbour-2018')!;
const describePairing = (p: ReturnType<typeof pairQuantities>[number]) => `${p.left.quantity.text} > ${p.right.quantity.text}`;

describe('pairQuantities (the number pass)', () => {
  it('pairs both numbers of one sentence with their own counterparts', () => {
    const pairings = pairQuantities(harbour.left, harbour.right, DEFAULT_LEXICON).map(describePairing).sort();
    expect(pairings).toEqual(['etwa 300 Nordbund-Truppen > etwa 350 Soldaten', 'über 4.000 Soldaten > 1.800 Soldaten']);
  });

  it('prefers the closest value among equally good subject matches', () => {
    const right = { ...harbour.right, claims: harbour.right.claims.slice(0, 1) };
    const [pairing] = pairQuantities(harbour.left, right, DEFAULT_LEXICON);
    expect(pairing.right.quantity.text).toBe('etwa 350 Soldaten');
    expect(pairing.strength).toBe(1);
  });

  it('keeps only mutual best pairings', () => {
    const left = doc('l', 'en', '2020', [['About 800 UN troops are deployed.', { q: [['800 UN troops', 800, 'troops', 'UN']] }]]);
    const right = doc('r', 'en', '2023', [
      ['The UN force grew to 1,000 UN troops.', { q: [['1,000 UN troops', 1000, 'troops', 'UN']] }],
      ['Another 5,000 UN troops are expected.', { q: [['5,000 UN troops', 5000, 'troops', 'UN']] }],
    ]);
    expect(pairQuantities(left, right, DEFAULT_LEXICON).map(describePairing)).toEqual(['800 UN troops > 1,000 UN troops']);
  });

  it('does not pair unnamed quantities of claims that share no entity', () => {
    const left = doc('l', 'de', '2020', [['Die Wartezeit beträgt sechs Monate.', { q: [['sechs Monate', 6, 'Monate', null]] }]]);
    const right = doc('r', 'de', '2023', [['Die Stehzeit der Berater beträgt drei Monate.', { q: [['drei Monate', 3, 'Monate', null]] }]]);
    expect(pairQuantities(left, right, DEFAULT_LEXICON)).toEqual([]);
  });
});

describe('corpus statistics', () => {
  it('weighs a word most claims share far below a rare one', () => {
    const claims = [...harbour.left.claims, ...harbour.right.claims];
    const corpus = buildCorpusStats(claims, DEFAULT_LEXICON);
    expect(idfOf(corpus, 's:bitt')).toBeGreaterThan(0.6);
    expect(idfOf(corpus, 's:mission')).toBeLessThan(0.45);
    expect(idfOf(corpus, 'e:nordbund')).toBeLessThan(idfOf(corpus, 's:bitt'));
  });
});
