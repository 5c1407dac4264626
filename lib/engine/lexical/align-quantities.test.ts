import { describe, expect, it } from 'vitest';
import { alignQuantities, quantityEnds, scoreQuantityPair } from './align-quantities';
import { testClaim, testResources } from './test-index';

const res = testResources();

/** "leftClaimId:quantity text ~ rightClaimId:quantity text" per alignment. */
const pairs = (alignments: ReturnType<typeof alignQuantities>) =>
  alignments.map((a) => `${a.left.claim.id}:${a.left.quantity.text} ~ ${a.right.claim.id}:${a.right.quantity.text}`);

describe('quantityEnds', () => {
  it('keeps measured quantities and drops ages, identifiers and unnamed counts', () => {
    const claims = [
      testClaim('a-1', 'de', 'Der Betreiber setzt 145 Busse ein.', { start: 0 }),
      testClaim('a-2', 'de', 'Anna Klein, 54, sagte, der Plan sei gut.', { start: 40 }),
      testClaim('a-3', 'de', 'Die Linie 7 fährt wieder.', { q: [['7', 7, null, null]], start: 90 }),
      testClaim('a-4', 'de', 'Es kamen 1.200.', { q: [['1.200', 1200, null, null]], start: 120 }),
      testClaim('a-5', 'de', 'Es fehlen 3,4 Mio. Euro.', { start: 140 }),
    ];
    const ends = quantityEnds(claims, res);
    expect(ends.map((e) => [e.claim.id, e.quantity.text, e.thing.head])).toEqual([
      ['a-1', '145 Busse', 'Busse'],
      // An amount with a unit is kept even when nothing is named.
      ['a-5', '3,4 Mio. Euro', null],
    ]);
  });
});

describe('alignQuantities', () => {
  const left = [
    testClaim('l-1', 'de', 'Die Zahl der Fahrgäste stieg auf 1.200.', { start: 0 }),
    testClaim('l-2', 'de', 'Der Betreiber setzt 145 Busse ein.', { start: 40 }),
    testClaim('l-3', 'de', '12 Prozent der Haushalte haben kein Auto.', { start: 80 }),
  ];
  const right = [
    testClaim('r-1', 'en', 'The number of passengers rose to 1,500.', { start: 0 }),
    testClaim('r-2', 'en', 'The city counts 12 schools.', { start: 50 }),
  ];

  it('pairs Fahrgäste with passengers across languages and leaves distractors unpaired', () => {
    const aligned = alignQuantities(left, right, res);
    expect(pairs(aligned)).toEqual(['l-1:1.200 ~ r-1:1,500']);
    const [a] = aligned;
    expect(a.why[0]).toBe('measures Fahrgäste ~ passengers (translation)');
    expect(a.why).toContain('count');
    expect(a.score).toBeGreaterThan(0);
    expect(a.score).toBeLessThanOrEqual(1);
  });

  it('pairs equal values of the same thing and prefers them, one to one', () => {
    const l = [testClaim('l-1', 'de', 'Der Betreiber meldet 1.200 Fahrgäste.', { start: 0 })];
    const r = [
      testClaim('r-1', 'de', 'Im Sommer waren es 1.300 Fahrgäste.', { start: 0 }),
      testClaim('r-2', 'de', 'Der Betreiber meldet 1.200 Fahrgäste am Montag.', { start: 60 }),
    ];
    const aligned = alignQuantities(l, r, res);
    expect(pairs(aligned)).toEqual(['l-1:1.200 Fahrgäste ~ r-2:1.200 Fahrgäste']);
  });

  it('pairs a later number said to have changed with the earlier number of its unit that fits it best', () => {
    const l = [
      testClaim('l-1', 'de', 'Die Bibliothek betreibt elf Zweigstellen in den Stadtteilen.', { start: 0 }),
      testClaim('l-2', 'de', 'Im Jahr kommen 640.000 Besucher.', { start: 70 }),
    ];
    const r = [testClaim('r-1', 'de', 'Nach den Kürzungen der letzten Jahre hat die Bibliothek nur noch acht Stadtteilbüchereien.', { start: 0 })];
    const [a, ...rest] = alignQuantities(l, r, res);
    expect(rest).toEqual([]);
    expect(`${a.left.quantity.text} ~ ${a.right.quantity.text}`).toBe('elf Zweigstellen ~ acht Stadtteilbüchereien');
    expect(a.why[0]).toBe('the later number is said to have changed (down) and fits this earlier one best');
  });

  it('pairs a reported change when the two clauses share no word at all', () => {
    const l = [testClaim('l-1', 'de', 'Mit zwölf Freibädern sei die Versorgung gesichert, sagte die Dezernentin.', { start: 0 })];
    const r = [testClaim('r-1', 'de', 'Nach drei Schließungen gibt es nur noch neun Badeanstalten; die übrigen wurden verkauft.', { start: 0 })];
    expect(pairs(alignQuantities(l, r, res))).toEqual(['l-1:zwölf Freibädern ~ r-1:neun Badeanstalten']);
  });

  it('pairs a reported change with an earlier number stated for its own present ("heute"), but not with an earlier change', () => {
    const r = [testClaim('r-1', 'de', 'Nach den Kürzungen der letzten Jahre hat die Bibliothek nur noch acht Stadtteilbüchereien.', { start: 0 })];
    const now = [testClaim('l-1', 'de', 'Die Bibliothek betreibt heute in den Stadtteilen elf Zweigstellen mit Lesecafé und Kinderecke.', { start: 0 })];
    expect(pairs(alignQuantities(now, r, res))).toEqual(['l-1:elf Zweigstellen ~ r-1:acht Stadtteilbüchereien']);
    const fell = [testClaim('l-1', 'de', 'Die Bibliothek betreibt in den Stadtteilen nach Schließungen nur noch elf Zweigstellen mit Lesecafé.', { start: 0 })];
    expect(alignQuantities(fell, r, res)).toEqual([]);
  });

  it('leaves a reported change unpaired when the direction does not fit or two earlier numbers fit alike', () => {
    const rose = [testClaim('r-1', 'de', 'Die Zahl der Zweigstellen ist auf acht gesunken.', { start: 0 })];
    expect(alignQuantities([testClaim('l-1', 'de', 'Es gab sechs Filialen.', { start: 0 })], rose, res)).toEqual([]);
    const twins = [testClaim('l-1', 'de', 'Es gab elf Filialen.', { start: 0 }), testClaim('l-2', 'de', 'Es gab zwölf Filialen.', { start: 40 })];
    const now = [testClaim('r-2', 'de', 'Heute gibt es nur noch acht Läden.', { start: 0 })];
    expect(alignQuantities(twins, now, res)).toEqual([]);
  });

  it('uses every quantity at most once on each side', () => {
    const l = [
      testClaim('l-1', 'de', 'Der Betreiber meldet 1.200 Fahrgäste.', { start: 0 }),
      testClaim('l-2', 'de', 'Im Winter waren es 900 Fahrgäste.', { start: 40 }),
    ];
    const r = [
      testClaim('r-1', 'en', 'The operator reports 1,250 passengers.', { start: 0 }),
      testClaim('r-2', 'en', 'In winter there were 950 passengers.', { start: 40 }),
    ];
    const aligned = alignQuantities(l, r, res);
    expect(pairs(aligned).sort()).toEqual(['l-1:1.200 Fahrgäste ~ r-1:1,250 passengers', 'l-2:900 Fahrgäste ~ r-2:950 passengers']);
    expect(new Set(aligned.map((a) => a.left)).size).toBe(aligned.length);
    expect(new Set(aligned.map((a) => a.right)).size).toBe(aligned.length);
    // Best pair first.
    expect(aligned.map((a) => a.score)).toEqual([...aligned.map((a) => a.score)].sort((x, y) => y - x));
  });

  it('never pairs a percentage with a count', () => {
    const l = [testClaim('l-1', 'de', '12 Prozent der Haushalte haben kein Auto.')];
    const r = [testClaim('r-1', 'de', '12 Haushalte haben kein Auto.', { q: [['12 Haushalte', 12, 'Haushalte', null]] })];
    expect(alignQuantities(l, r, res)).toEqual([]);
  });

  it('pairs amounts only in the same currency', () => {
    const l = [testClaim('l-1', 'de', 'Die Stadt meldet ein Defizit von 3,4 Mio. Euro.')];
    const r = [
      testClaim('r-1', 'en', 'The city reports a deficit of £3.4 million.', { start: 0 }),
      testClaim('r-2', 'en', 'The city reports a deficit of €3.9 million.', { start: 50 }),
    ];
    expect(pairs(alignQuantities(l, r, res))).toEqual(['l-1:3,4 Mio. Euro ~ r-2:€3.9 million']);
  });

  it('pairs synonyms ("145 Busse" ~ "150 Fahrzeuge")', () => {
    const l = [testClaim('l-1', 'de', 'Der Betreiber setzt 145 Busse ein.')];
    const r = [testClaim('r-1', 'de', 'Der Betreiber setzt 150 Fahrzeuge ein.')];
    const [a] = alignQuantities(l, r, res);
    expect(a.why[0]).toBe('measures Busse ~ Fahrzeuge (synonym)');
  });

  it('does not pair counts of different things', () => {
    const l = [testClaim('l-1', 'de', 'Der Betreiber setzt 145 Busse ein.')];
    const r = [testClaim('r-1', 'de', 'Die Stadt baut 900 Sozialwohnungen.')];
    expect(alignQuantities(l, r, res)).toEqual([]);
  });
});

describe('scoreQuantityPair', () => {
  it('scores a closer value higher', () => {
    const [a] = quantityEnds([testClaim('l-1', 'de', 'Der Betreiber meldet 1.200 Fahrgäste.')], res);
    const [near] = quantityEnds([testClaim('r-1', 'de', 'Der Betreiber meldet 1.300 Fahrgäste.')], res);
    const [far] = quantityEnds([testClaim('r-2', 'de', 'Der Betreiber meldet 12.000 Fahrgäste.')], res);
    expect(scoreQuantityPair(a, near, res)!.score).toBeGreaterThan(scoreQuantityPair(a, far, res)!.score);
  });

  it('is null for different unit classes', () => {
    const [a] = quantityEnds([testClaim('l-1', 'de', 'Der Windpark leistet 30 Megawatt.')], res);
    const [b] = quantityEnds([testClaim('r-1', 'de', 'Der Windpark liefert 30 Megawattstunden.')], res);
    expect(b.thing.unit.key).toBe('measure:mwh');
    expect(scoreQuantityPair(a, b, res)).toBeNull();
  });
});

describe('alignQuantities: evidence beyond the measured thing', () => {
  it('pairs amounts of a rare unit even when the things are named differently', () => {
    const l = [testClaim('l-1', 'en', 'The park will have a capacity of 48 megawatts.', { start: 0 })];
    const r = [testClaim('r-1', 'de', 'Der Betreiber nennt eine Leistung von 75 Megawatt.', { start: 0 })];
    expect(pairs(alignQuantities(l, r, res))).toEqual(['l-1:48 megawatts ~ r-1:75 Megawatt']);
  });

  it('lets a rare unit grow up to about five-fold, but not ten-fold', () => {
    const l = [testClaim('l-1', 'en', 'The park will have a capacity of 48 megawatts.', { start: 0 })];
    const grown = [testClaim('r-1', 'de', 'Der Betreiber nennt eine Leistung von 150 Megawatt.', { start: 0 })];
    expect(pairs(alignQuantities(l, grown, res))).toEqual(['l-1:48 megawatts ~ r-1:150 Megawatt']);
    const far = [testClaim('r-1', 'de', 'Der Betreiber nennt eine Leistung von 500 Megawatt.', { start: 0 })];
    expect(alignQuantities(l, far, res)).toEqual([]);
  });

  it('pairs the same uncommon number again when one side names nothing', () => {
    const l = [testClaim('l-1', 'en', 'The airport employs 2,300 people directly.', { start: 0 })];
    const r = [testClaim('r-1', 'en', 'Direct employment at the airport is unchanged at 2,300.', { start: 0, q: [['2,300', 2300, null, null]] })];
    const [a] = alignQuantities(l, r, res);
    expect(a && [a.left.quantity.value, a.right.quantity.value]).toEqual([2300, 2300]);
  });

  it('keeps durations of different things apart', () => {
    const l = [testClaim('l-1', 'en', 'The contract runs for seven years.', { start: 0 })];
    const r = [testClaim('r-1', 'en', 'The venue is open four days a week.', { start: 0 })];
    expect(alignQuantities(l, r, res)).toEqual([]);
  });

  it('pairs the same value said to be unchanged, even about differently named things', () => {
    const l = [testClaim('l-1', 'en', 'Twenty per cent of the park is reserved for a citizens\' cooperative.', { start: 0, q: [['Twenty per cent', 20, 'per cent', null]] })];
    const r = [testClaim('r-1', 'de', 'Der Anteil der Genossenschaft liegt weiterhin bei 20 Prozent.', { start: 0 })];
    const [a] = alignQuantities(l, r, res);
    expect(a?.right.thing.saysUnchanged).toBe(true);
    expect(a && [a.left.quantity.value, a.right.quantity.value]).toEqual([20, 20]);
  });

  it('gives a number said to be unchanged the same value, not a near one about a synonym', () => {
    const l = [testClaim('l-1', 'en', 'It employs 2,300 people directly and would create a further 1,000 jobs.', { start: 0 })];
    const r = [testClaim('r-1', 'en', 'Direct employment is unchanged at 2,300, although some jobs are seasonal.', { start: 0, q: [['2,300', 2300, null, null]] })];
    const [a] = alignQuantities(l, r, res);
    expect(a && [a.left.quantity.value, a.right.quantity.value]).toEqual([2300, 2300]);
  });
});


describe('noun classes and unique amounts', () => {
  it('pairs counts of two words for people (noun class person) and says why', () => {
    const left = [testClaim('l-1', 'en', 'Last year 900 passengers used the line every day.', { start: 0 })];
    const right = [testClaim('r-1', 'en', 'Today 700 residents use the line.', { start: 0 })];
    const [a] = alignQuantities(left, right, res);
    expect(pairs([a])).toEqual(['l-1:900 passengers ~ r-1:700 residents']);
    expect(a.why[0]).toContain('both person');
  });

  it('does not pair counts of a person class with other things, or values far apart', () => {
    const left = [testClaim('l-1', 'en', 'Last year 900 passengers used the line.', { start: 0 })];
    expect(alignQuantities(left, [testClaim('r-1', 'en', 'Officials counted 700 stops in total.', { start: 0 })], res)).toEqual([]);
    expect(alignQuantities(left, [testClaim('r-2', 'en', 'Today 90 residents use it.', { start: 0 })], res)).toEqual([]);
  });

  it('pairs the only amounts of one currency and size on both sides, whatever they are called', () => {
    const left = [
      testClaim('l-1', 'en', 'The scheme will cost £180 million.', { start: 0 }),
      testClaim('l-2', 'en', 'A ticket costs £3.', { start: 40 }),
    ];
    const right = [testClaim('r-1', 'en', 'Planning permission came with a bill of £265 million.', { start: 0 })];
    const found = alignQuantities(left, right, res);
    expect(pairs(found)).toEqual(['l-1:£180 million ~ r-1:£265 million']);
    expect(found[0].why[0]).toMatch(/only currency:gbp amounts/);
  });

  it('leaves amounts unpaired when either side has two of that size', () => {
    const left = [testClaim('l-1', 'en', 'The scheme will cost £180 million.', { start: 0 })];
    const right = [
      testClaim('r-1', 'en', 'Planning permission came with a bill of £265 million.', { start: 0 }),
      testClaim('r-2', 'en', 'Another plan needs £200 million.', { start: 60 }),
    ];
    expect(alignQuantities(left, right, res).filter((a) => a.why[0].startsWith('the only'))).toEqual([]);
  });
});

describe('increments', () => {
  it('does not pair an increment ("40 zusätzliche Stellen") with a total', () => {
    const left = [testClaim('l-1', 'de', 'Die Kita hat 120 Plätze.', { start: 0 })];
    const right = [testClaim('r-1', 'de', 'Die Kita schafft 40 zusätzliche Plätze.', { start: 0 })];
    const [a] = quantityEnds(right, res);
    expect(a.thing.isIncrement).toBe(true);
    expect(alignQuantities(left, right, res, undefined, { trusted: true })).toEqual([]);
    const totals = [testClaim('r-2', 'de', 'Die Kita hat 160 Plätze.', { start: 0 })];
    expect(pairs(alignQuantities(left, totals, res))).toEqual(['l-1:120 Plätze ~ r-2:160 Plätze']);
  });
});

describe('unique things', () => {
  it('pairs the only counts of two synonyms at one size even when the clauses share no word', () => {
    const left = [testClaim('l-1', 'de', 'Für den Linienverkehr setzt die Stadt 40 Busse ein.', { start: 0 })];
    const right = [testClaim('r-1', 'de', 'Im Depot am Hafen stehen heute 52 Fahrzeuge.', { start: 0 })];
    const found = alignQuantities(left, right, res);
    expect(pairs(found)).toEqual(['l-1:40 Busse ~ r-1:52 Fahrzeuge']);
    expect(found[0].why[0]).toMatch(/^the only counts of Busse ~ Fahrzeuge/);
  });

  it('leaves them unpaired when either side has a second such count of that size, or they are rates over different periods', () => {
    const left = [testClaim('l-1', 'de', 'Für den Linienverkehr setzt die Stadt 40 Busse ein.', { start: 0 })];
    const right = [
      testClaim('r-1', 'de', 'Im Depot am Hafen stehen heute 52 Fahrzeuge.', { start: 0 }),
      testClaim('r-2', 'de', 'Im Betriebshof stehen 35 Fahrzeuge.', { start: 60 }),
    ];
    expect(alignQuantities(left, right, res).filter((a) => a.why[0].startsWith('the only counts'))).toEqual([]);
    const perDay = [testClaim('l-2', 'de', 'Es fahren 40 Busse pro Tag.', { start: 0 })];
    const perYear = [testClaim('r-3', 'de', 'Es fahren 52 Fahrzeuge pro Jahr.', { start: 0 })];
    expect(alignQuantities(perDay, perYear, res)).toEqual([]);
  });
});

describe('values far apart', () => {
  it('pair an order of magnitude apart only for the same thing in clauses that share words', () => {
    const left = [testClaim('l-1', 'de', 'Derzeit umfasst die Anlage 164 Parzellen am Stadtrand.', { start: 0 })];
    expect(alignQuantities(left, [testClaim('r-1', 'de', 'Frei sind im Moment nur zwei Parzellen.', { start: 0 })], res)).toEqual([]);
    const same = [testClaim('r-2', 'de', 'Heute umfasst die Anlage am Stadtrand 12 Parzellen.', { start: 0 })];
    expect(pairs(alignQuantities(left, same, res))).toEqual(['l-1:164 Parzellen ~ r-2:12 Parzellen']);
  });
});

describe('rates', () => {
  it('reads the denominator of a rate after, before or as an adverb of frequency', () => {
    const per = (lang: 'de' | 'en', text: string) => quantityEnds([testClaim('c-1', lang, text, { start: 0 })], res)[0].thing.per;
    expect(per('en', 'The airport records an average of 22 flights a night.')).toBe('night');
    expect(per('de', 'Der Flughafen zählte 31 Starts und Landungen pro Nacht.')).toBe('nacht');
    expect(per('de', 'Die Stadt hat pro Jahr etwa 420 Wärmepumpen bezuschusst.')).toBe('jahr');
    expect(per('de', 'Die Stadt fördert jährlich 150 Anlagen.')).toBe('year');
    expect(per('en', 'Parents will pay £40 a month.')).toBe('month');
    // "a" before anything but a period is an article.
    expect(per('en', 'The club sold 40 tickets a piece of cake.')).toBeNull();
    expect(per('en', 'The airport records 22 flights.')).toBeNull();
    expect(per('de', 'Anwohner zahlen künftig 240 Euro im Jahr.')).toBe('jahr');
    expect(per('de', 'Es fuhren 40 Busse im Jahr 2020.')).toBeNull();
    expect(per('de', 'Es fuhren 40 Busse im vergangenen Jahr.')).toBeNull();
  });

  it('pairs two counts of one rate however the counted thing is named, and says so', () => {
    const left = [testClaim('l-1', 'en', 'The airport records an average of 22 flights a night.', { start: 0 })];
    const right = [testClaim('r-1', 'en', 'Last year the airport counted 31 departures and landings a night.', { start: 0 })];
    const [a] = alignQuantities(left, right, res);
    expect(pairs([a])).toEqual(['l-1:22 flights ~ r-1:31 departures']);
    expect(a.why.join(' ')).toMatch(/per night/);
  });

  it('pairs fees per one period across a wider change than other amounts', () => {
    const left = [testClaim('l-1', 'en', 'Residents pay €30 a year for a permit.', { start: 0 })];
    const right = [testClaim('r-1', 'en', 'From May residents will be charged €240 a year.', { start: 0 })];
    expect(pairs(alignQuantities(left, right, res))).toEqual(['l-1:€30 ~ r-1:€240']);
    const once = [testClaim('r-2', 'en', 'From May residents will be charged €240.', { start: 0 })];
    expect(alignQuantities(left, once, res)).toEqual([]);
  });

  it('answers a rate with the rate over its denominator before a bare amount', () => {
    const left = [
      testClaim('l-1', 'en', 'The farm harvested 4.1 tonnes per hectare.', { start: 0 }),
      testClaim('l-2', 'en', 'In a normal year the farm harvests 6.5 tonnes.', { start: 50 }),
    ];
    const right = [testClaim('r-1', 'en', 'This year the farm harvested 6.3 tonnes per hectare.', { start: 0 })];
    expect(pairs(alignQuantities(left, right, res))).toEqual(['l-1:4.1 tonnes ~ r-1:6.3 tonnes']);
  });

  it('never pairs rates over different periods', () => {
    const left = [testClaim('l-1', 'en', 'The airport handles 22 flights a night.', { start: 0 })];
    const right = [testClaim('r-1', 'en', 'The airport handles 30 flights a day.', { start: 0 })];
    expect(alignQuantities(left, right, res)).toEqual([]);
    const total = [testClaim('r-2', 'en', 'The airport handles 30 flights.', { start: 0 })];
    expect(pairs(alignQuantities(left, total, res))).toEqual(['l-1:22 flights ~ r-2:30 flights']);
  });
});
