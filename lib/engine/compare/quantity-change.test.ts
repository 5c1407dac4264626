import { describe, expect, it } from 'vitest';
import { FIXTURE_PAIRS } from './fixtures';
import { doc } from './fixtures/helpers';
import { DEFAULT_LEXICON, findNumberChanges, readQuantity } from './index';

describe('findNumberChanges on the fixture pairs', () => {
  const expected = FIXTURE_PAIRS.flatMap((pair) =>
    pair.topics.filter((t) => t.change).map((t) => ({ pair, topic: t })),
  );

  it.each(expected.map(({ pair, topic }) => [topic.key, pair, topic] as const))('%s', (_key, pair, topic) => {
    const inTopic = (ids: string[]) => (c: { id: string }) => ids.includes(c.id);
    const changes = findNumberChanges(pair.left.claims.filter(inTopic(topic.claimIds)), pair.right.claims.filter(inTopic(topic.claimIds)));
    expect(changes).toHaveLength(1);
    const [change] = changes;
    expect(change.from.value).toBe(topic.change!.from);
    expect(change.to.value).toBe(topic.change!.to);
    expect(change.delta).toBeCloseTo(topic.change!.delta, 6);
    expect(change.percent).toBe(topic.change!.percent);
  });

  it('finds exactly the annotated changes across whole documents', () => {
    for (const pair of FIXTURE_PAIRS) {
      const found = findNumberChanges(pair.left.claims, pair.right.claims)
        .map((c) => `${c.from.claimId}>${c.to.claimId}`)
        .sort();
      const gold = pair.topics
        .filter((t) => t.change)
        .map((t) => `${t.claimIds.find((id) => id.startsWith(pair.left.id))}>${t.claimIds.find((id) => id.startsWith(pair.right.id))}`)
        .sort();
      expect(found, pair.name).toEqual(gold);
    }
  });

  it('reports subject, unit and qualifiers ("etwa 400 → etwa 550 Nordbund troops")', () => {
    const mission = FIXTURE_PAIRS.find((p) => p.left.id === 'mission-2019')!;
    const [change] = findNumberChanges(mission.left.claims, mission.right.claims);
    expect(change).toMatchObject({ subject: 'Nordbund', unitKind: 'count', delta: 150, percent: 37.5 });
    expect(change.from).toMatchObject({ qualifier: 'about', text: 'etwa 400 Soldaten' });
    expect(change.to).toMatchObject({ qualifier: 'about', text: 'etwa 550 Nordbund-Truppen' });
  });
});

describe('findNumberChanges negatives and normalisation', () => {
  it('does not pair the same number of a different subject', () => {
    const left = doc('l', 'en', '2020', [['About 500 NATO troops are deployed.', { q: [['500 NATO troops', 500, 'troops', 'NATO']] }]]);
    const right = doc('r', 'en', '2023', [
      ['The United States keeps 2,500 troops there, alongside 500 NATO troops.', {
        q: [
          ['2,500 troops', 2500, 'troops', 'US'],
          ['500 NATO troops', 500, 'troops', 'NATO'],
        ],
      }],
    ]);
    expect(findNumberChanges(left.claims, right.claims)).toEqual([]);
  });

  it('does not pair a different subject even when values differ', () => {
    const left = doc('l', 'de', '2020', [['Etwa 500 NATO-Truppen sind im Land.', { q: [['etwa 500 NATO-Truppen', 500, 'NATO-Truppen', null, 'about']] }]]);
    const right = doc('r', 'de', '2023', [['Die USA haben 2.500 Soldaten im Land.', { entities: [['USA', 'place']], q: [['2.500 Soldaten', 2500, 'Soldaten', 'USA']] }]]);
    expect(findNumberChanges(left.claims, right.claims)).toEqual([]);
  });

  it('never pairs a percentage with a count', () => {
    const left = doc('l', 'de', '2021', [['Die Impfquote liegt bei 60 Prozent.', { q: [['60 Prozent', 60, 'Prozent', 'Impfquote']] }]]);
    const right = doc('r', 'de', '2022', [['Es gibt 75 Impfzentren.', { q: [['75 Impfzentren', 75, 'Impfzentren', 'Impfquote']] }]]);
    expect(findNumberChanges(left.claims, right.claims)).toEqual([]);
  });

  it('does not pair two percentages of different concepts', () => {
    const left = doc('l', 'de', '2021', [['Die Impfquote liegt bei 60 Prozent.', { q: [['60 Prozent', 60, 'Prozent', 'Impfquote']] }]]);
    const right = doc('r', 'en', '2022', [['Unemployment fell to 5 percent.', { q: [['5 percent', 5, 'percent', 'unemployment rate']] }]]);
    expect(findNumberChanges(left.claims, right.claims)).toEqual([]);
  });

  it('ignores values that did not change', () => {
    const mission = FIXTURE_PAIRS.find((p) => p.left.id === 'mission-2019')!;
    const westland = (id: string) => id.endsWith('-4');
    expect(findNumberChanges(mission.left.claims.filter((c) => westland(c.id)), mission.right.claims.filter((c) => westland(c.id)))).toEqual([]);
  });

  it('treats US, USA, amerikanisch and American as one subject, and troops ~ Soldaten', () => {
    const left = doc('l', 'de', '2020', [['Die amerikanische Präsenz umfasst über 5.000 Soldaten.', { q: [['über 5.000 Soldaten', 5000, 'Soldaten', 'amerikanische', 'over']] }]]);
    const right = doc('r', 'en', '2024', [['The US still has 2,500 troops in the country.', { q: [['2,500 troops', 2500, 'troops', 'US']] }]]);
    const [change] = findNumberChanges(left.claims, right.claims);
    expect(change).toMatchObject({ delta: -2500, percent: -50 });
    expect(readQuantity(left.claims[0].quantities[0], left.claims[0], DEFAULT_LEXICON).entities).toEqual(new Set(['us']));
  });

  it('scales values the extractor left unscaled ("120 Mio. Euro")', () => {
    const left = doc('l', 'de', '2019', [['Die Kosten liegen bei 120 Mio. Euro.', { q: [['120 Mio. Euro', 120, 'Mio. Euro', 'Kosten']] }]]);
    const right = doc('r', 'de', '2023', [['Die Kosten liegen bei 180 Mio. Euro.', { q: [['180 Mio. Euro', 180_000_000, 'Euro', 'Kosten']] }]]);
    const [change] = findNumberChanges(left.claims, right.claims);
    expect(change).toMatchObject({ unitKind: 'currency', delta: 60_000_000, percent: 50 });
  });
});
