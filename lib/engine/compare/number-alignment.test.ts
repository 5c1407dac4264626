import { describe, expect, it } from 'vitest';
import { testClaim, testResources } from '../lexical/test-index';
import { alignNumbers, alignNumbersAcross, labelNumberTopic, numberChangesBetween, thingOf, toNumberChange } from './number-alignment';

const resources = testResources();

const left = [
  testClaim('l-1', 'de', 'Der Betreiber meldet 1.200 Fahrgäste.', { start: 0 }),
  testClaim('l-2', 'de', 'Die Stadt meldet ein Defizit von 3,4 Mio. Euro.', { start: 50 }),
];
const right = [
  testClaim('r-1', 'en', 'The operator reports 1,200 passengers.', { start: 0 }),
  testClaim('r-2', 'en', 'The city reports a deficit of €4.1 million.', { start: 50 }),
];

describe('numberChangesBetween', () => {
  it('gives delta 0 for an unchanged number and lists real changes first', () => {
    const changes = numberChangesBetween(left, right, { resources });
    expect(changes.map((c) => [c.subject, c.delta])).toEqual([
      ['Defizit', 700000],
      ['Fahrgäste', 0],
    ]);
    const [deficit, passengers] = changes;
    expect(deficit).toMatchObject({ unitKind: 'currency', unit: 'Euro', percent: 20.6, from: { claimId: 'l-2', text: '3,4 Mio. Euro' }, to: { claimId: 'r-2', text: '€4.1 million' } });
    expect(passengers).toMatchObject({ unitKind: 'count', percent: 0, from: { value: 1200, claimId: 'l-1' }, to: { value: 1200, claimId: 'r-1' } });
  });

  it('orders real changes by the size of the relative change', () => {
    const l = [testClaim('l-1', 'de', 'Der Betreiber meldet 1.000 Fahrgäste.', { start: 0 }), testClaim('l-2', 'de', 'Die Stadt meldet ein Defizit von 4 Mio. Euro.', { start: 50 })];
    const r = [testClaim('r-1', 'de', 'Der Betreiber meldet 1.100 Fahrgäste.', { start: 0 }), testClaim('r-2', 'de', 'Die Stadt meldet ein Defizit von 6 Mio. Euro.', { start: 50 })];
    expect(numberChangesBetween(l, r, { resources }).map((c) => [c.subject, c.percent])).toEqual([
      ['Defizit', 50],
      ['Fahrgäste', 10],
    ]);
  });

  it('does not read 50 Cent and 50 Euro as the same amount', () => {
    const l = [testClaim('l-1', 'de', 'Das Ticket kostet 50 Cent.')];
    const r = [testClaim('r-1', 'de', 'Das Ticket kostet 50 Euro.')];
    expect(numberChangesBetween(l, r, { resources })).toEqual([]);
  });

  it('finds nothing when the numbers measure different things', () => {
    const l = [testClaim('l-1', 'de', 'Der Betreiber setzt 145 Busse ein.')];
    const r = [testClaim('r-1', 'de', '12 Prozent der Haushalte haben kein Auto.')];
    expect(numberChangesBetween(l, r, { resources })).toEqual([]);
  });
});

describe('alignNumbers', () => {
  it('does not pair quantities of contradicting named actors', () => {
    const l = [testClaim('l-1', 'en', 'About 500 NATO troops are deployed.', { q: [['500 NATO troops', 500, 'troops', 'NATO']] })];
    const r = [testClaim('r-1', 'en', 'About 500 US troops are deployed.', { q: [['500 US troops', 500, 'troops', 'US']] })];
    expect(alignNumbers(l, r, { resources })).toEqual([]);
  });

  it('labels topics by the measured thing and the unit', () => {
    const labels = alignNumbers(left, right, { resources }).map(labelNumberTopic).sort();
    expect(labels).toEqual(['Defizit (Euro)', 'Fahrgäste']);
    const shares = alignNumbers(
      [testClaim('l-1', 'de', '12 Prozent der Haushalte haben kein Auto.')],
      [testClaim('r-1', 'de', '15 Prozent der Haushalte haben kein Auto.')],
      { resources },
    );
    expect(shares.map(labelNumberTopic)).toEqual(['Haushalte (%)']);
    expect(shares.map(toNumberChange)[0]).toMatchObject({ unitKind: 'percent', delta: 3, percent: 25 });
  });

  it('names an unnamed amount by its unit', () => {
    const [a] = alignNumbers([testClaim('l-1', 'de', 'Es fehlen 3,4 Mio. Euro.')], [testClaim('r-1', 'de', 'Es fehlen nun 3,9 Mio. Euro.')], { resources });
    expect(a.left.thing.head).toBeNull();
    expect(thingOf(a)).toBe('Euro');
  });
});

describe('alignNumbersAcross', () => {
  it('puts the earlier document on the left', () => {
    const early = { id: 'l', published: '2021', claims: [testClaim('l-1', 'de', 'Der Betreiber meldet 1.000 Fahrgäste.')] };
    const late = { id: 'r', published: '2023', claims: [testClaim('r-1', 'de', 'Der Betreiber meldet 1.100 Fahrgäste.')] };
    const [a] = alignNumbersAcross([late, early], { resources });
    expect(toNumberChange(a)).toMatchObject({ from: { claimId: 'l-1' }, to: { claimId: 'r-1' }, delta: 100 });
  });
});
