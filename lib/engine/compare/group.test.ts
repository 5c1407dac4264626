import { describe, expect, it } from 'vitest';
import { FIXTURE_PAIRS } from './fixtures';
import { doc } from './fixtures/helpers';
import { measureFixture, microAverage } from './fixtures/link-metrics';
import { DEFAULT_LEXICON, evaluateLinks, pairKey, suggestTopics } from './index';

const measurements = FIXTURE_PAIRS.map((pair) => measureFixture(pair, DEFAULT_LEXICON));

describe('suggestTopics on the fixture pairs', () => {
  it('reports precision/recall of suggested links against the gold links', () => {
    const rows = measurements.map((m) => ({ fixture: m.name, ...m.evaluation }));
    const overall = microAverage(measurements);
    console.table([...rows, { fixture: 'micro-average', ...overall }]);
    // Legacy pairs written alongside the first matcher, run here without the lexical resources;
    // the comparison's quality is measured on realistic pairs by `npm run eval:compare`.
    expect(overall.recall).toBeGreaterThanOrEqual(0.7);
    expect(overall.precision).toBeGreaterThanOrEqual(0.6);
    for (const m of measurements) expect(m.evaluation.recall, m.name).toBeGreaterThanOrEqual(0.3);
  });

  it('finds the expected number and stance pairs', () => {
    const linked = new Set(measurements.flatMap((m) => m.predicted.map((p) => pairKey(p.leftId, p.rightId))));
    for (const [a, b] of [
      ['tram-2019-2', 'tram-2023-1'],
      ['tram-2019-1', 'tram-2023-2'],
      ['pk-2016-1', 'pk-2021-1'],
      ['pk-2016-2', 'pk-2021-2'],
      ['plant-2018-1', 'plant-2022-1'],
      ['plant-2018-2', 'plant-2022-2'],
      ['vax-2021-2', 'vax-2022-2'],
      ['mission-2019-2', 'mission-2023-2'],
      ['mission-2019-3', 'mission-2023-3'],
      ['harbour-2018-1', 'harbour-2022-1'],
      ['harbour-2018-1', 'harbour-2022-2'],
      ['harbour-2018-2', 'harbour-2022-3'],
    ]) {
      expect(linked.has(pairKey(a, b)), `${a} ~ ${b}`).toBe(true);
    }
  });

  it('keeps unrelated claims out of every cluster', () => {
    const clustered = new Set(measurements.flatMap((m) => m.suggestions.flatMap((s) => s.claimIds)));
    for (const id of ['tram-2019-4', 'tram-2023-4', 'pk-2016-5', 'pk-2021-5', 'plant-2018-4', 'vax-2021-4', 'vax-2022-4']) {
      expect(clustered.has(id), id).toBe(false);
    }
  });

  it('keeps a number topic apart from a stance topic on the same subject', () => {
    const mission = measurements.find((m) => m.name.startsWith('foreign mission'))!;
    const size = mission.suggestions.find((s) => s.claimIds.includes('mission-2019-3') && s.claimIds.includes('mission-2023-3'))!;
    expect(size.links[0].rationale).toMatch(/same measured thing/);
    expect(size.claimIds).not.toContain('mission-2019-1');
  });

  it('labels clusters and gives every link a stance and a rationale', () => {
    for (const s of measurements.flatMap((m) => m.suggestions)) {
      expect(s.topic.label.length).toBeGreaterThan(3);
      expect(s.topic.id).toMatch(/^suggested:/);
      for (const link of s.links) {
        expect(link.source).toBe('auto');
        expect(link.stance).toBeDefined();
        expect(link.confidence).toBeGreaterThan(0);
        expect(link.rationale).toMatch(/Linked by (similarity|same measured thing|opposite stances|opposite evaluation|the later side says it still holds|the later side says the position changed)/);
      }
    }
    const mission = measurements.find((m) => m.name.startsWith('foreign mission'))!;
    const welcome = mission.suggestions.find((s) => s.claimIds.includes('mission-2023-2'))!;
    expect(welcome.topic.label).toMatch(/welcome/);
    expect(welcome.topic.concepts).toContain('welcome');
    expect(welcome.links.find((l) => l.claimId === 'mission-2023-2')?.stance).toBe('supports');
  });

  it('makes each number change its own topic, even two from one sentence', () => {
    const harbour = measurements.find((m) => m.name.startsWith('harbour mission'))!;
    const withFirst = harbour.suggestions.filter((s) => s.claimIds.includes('harbour-2018-1'));
    expect(withFirst.map((s) => s.claimIds.join(' ')).sort()).toEqual(['harbour-2018-1 harbour-2022-1', 'harbour-2018-1 harbour-2022-2']);
    // Number topics read as the measured thing.
    expect(withFirst.map((s) => s.topic.label).sort()).toEqual(['Soldaten', 'Truppen']);
    expect(new Set(harbour.suggestions.map((s) => s.topic.id)).size).toBe(harbour.suggestions.length);
    expect(withFirst[0].links[0].rationale).toMatch(/same measured thing/);
  });

  it('links a rare shared phrase among claims that all share the document subject', () => {
    const harbour = measurements.find((m) => m.name.startsWith('harbour mission'))!;
    const request = harbour.suggestions.find((s) => s.claimIds.includes('harbour-2018-2'))!;
    expect(request.claimIds).toEqual(expect.arrayContaining(['harbour-2018-2', 'harbour-2022-3']));
    expect(request.topic.label).toMatch(/Bitte/);
    expect(request.pairs[0].explanation.join(' ')).toMatch(/shared phrase: "Bitte Parlaments"/);
  });

  it('keeps proposition topics small', () => {
    for (const s of measurements.flatMap((m) => m.suggestions)) expect(s.claimIds.length).toBeLessThanOrEqual(6);
  });

  it('does not cluster claims that only share a broad word', () => {
    const left = doc('x', 'en', '2020', [['The government announced a new school building programme.'], ['Bread prices rose sharply in the capital.']]);
    const right = doc('y', 'en', '2021', [['The government lost a vote on fishing quotas.'], ['A new bridge opened over the river.']]);
    expect(suggestTopics([left, right], DEFAULT_LEXICON)).toEqual([]);
  });

  it('lets database scores lift a pair over the threshold', () => {
    const left = doc('a', 'en', '2020', [['The harbour dredging plan was approved.']]);
    const right = doc('b', 'en', '2022', [['Dredging of the harbour has started.']]);
    const without = suggestTopics([left, right], DEFAULT_LEXICON);
    const external = { [pairKey('a-1', 'b-1')]: { trigram: 0.9, fts: 0.8 } };
    const withDb = suggestTopics([left, right], DEFAULT_LEXICON, { external });
    expect(withDb.length).toBeGreaterThanOrEqual(without.length);
    expect(withDb[0]?.pairs[0].explanation.join(' ')).toMatch(/trigram similarity 0.9/);
  });
});

describe('evaluateLinks', () => {
  it('computes precision, recall and F1 on unordered pairs', () => {
    const gold = [
      { leftId: 'a', rightId: 'b' },
      { leftId: 'c', rightId: 'd' },
    ];
    const predicted = [
      { leftId: 'b', rightId: 'a' },
      { leftId: 'e', rightId: 'f' },
    ];
    expect(evaluateLinks(predicted, gold)).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5, truePositives: 1 });
    expect(evaluateLinks([], [])).toMatchObject({ precision: 1, recall: 1 });
    expect(evaluateLinks([], gold)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
