import { describe, expect, it } from 'vitest';
import { retrieveCandidates, type RetrievalHit } from './retrieval';
import { testClaim, testResources } from './test-index';

const res = testResources();
const ids = (hits: RetrievalHit[]) => hits.map((h) => `${h.leftId}>${h.rightId}`);

describe('retrieveCandidates', () => {
  const left = [
    testClaim('l-1', 'de', 'Die Fahrgäste loben das Vorhaben.'),
    testClaim('l-2', 'de', 'Der Betreiber kauft neue Busse für die Stadt.'),
    testClaim('l-3', 'de', 'Die Stadt baut neue Sozialwohnungen.'),
  ];
  const right = [
    testClaim('r-1', 'en', 'The council debated the budget for hours.'),
    testClaim('r-2', 'en', 'Passengers welcome the plan.'),
    testClaim('r-3', 'en', 'The weather was sunny.'),
  ];

  it('finds the translation pair as the best partner across languages', () => {
    const hits = retrieveCandidates(left, right, { resources: res });
    expect(hits[0]).toMatchObject({ leftId: 'l-1', rightId: 'r-2' });
    expect(hits[0].shared).toEqual(['Fahrgäste', 'Vorhaben']);
    expect(hits[0].score).toBeGreaterThan(0.3);
    expect(hits[0].score).toBeLessThanOrEqual(1);
    expect(ids(hits)).not.toContain('l-2>r-3');
  });

  it("does not pair two claims for their speaking person's name, but for a group that holds the view", () => {
    const said = (id: string, text: string, speaker: string, person: boolean) => ({
      ...testClaim(id, 'en', text),
      speaker,
      entities: person ? [{ canonical: speaker, type: 'person' as const }] : [],
    });
    const l = [said('l-1', 'Anna Berg expects a busy harbour.', 'Anna Berg', true)];
    const r = [said('r-1', 'Anna Berg fears cold weather.', 'Anna Berg', true)];
    expect(retrieveCandidates(l, r, { resources: res })).toEqual([]);
    const lg = [said('l-1', 'Residents welcomed the harbour plan.', 'Residents', false)];
    const rg = [said('r-1', 'Residents now oppose it.', 'Residents', false)];
    expect(ids(retrieveCandidates(lg, rg, { resources: res }))).toEqual(['l-1>r-1']);
  });

  it('finds nothing across languages without lexical resources', () => {
    expect(retrieveCandidates(left, right)).toEqual([]);
  });

  it('finds synonym pairs', () => {
    const l = [testClaim('l-1', 'de', 'Der Betreiber kauft Busse.'), testClaim('l-2', 'de', 'Die Brücke wird saniert.')];
    const r = [testClaim('r-1', 'de', 'Die Schule öffnet.'), testClaim('r-2', 'de', 'Neue Fahrzeuge für den Hafen.')];
    const hits = retrieveCandidates(l, r, { resources: res });
    expect(ids(hits)).toEqual(['l-1>r-2']);
    expect(hits[0].shared).toEqual(['Busse']);
  });

  describe('top-k per claim', () => {
    // Every claim shares "neue Busse fahren" with every other; only the diagonal shares its places.
    const places = ['Hafen und Brücke', 'Bahnhof und Tunnel', 'Markt und Schule', 'Rathaus und Museum'];
    const a = places.map((p, i) => testClaim(`a-${i + 1}`, 'de', `Neue Busse fahren zu ${p}.`));
    const b = places.map((p, i) => testClaim(`b-${i + 1}`, 'de', `Zu ${p} fahren neue Busse.`));

    it('scores every pair with shared senses when k is large', () => {
      const all = retrieveCandidates(a, b, { resources: res, perClaim: 10 });
      expect(all).toHaveLength(16);
      // Best first.
      expect(all.map((h) => h.score)).toEqual([...all.map((h) => h.score)].sort((x, y) => y - x));
    });

    it('keeps only the best partners of each claim', () => {
      const top = retrieveCandidates(a, b, { resources: res, perClaim: 1 });
      expect(ids(top).sort()).toEqual(['a-1>b-1', 'a-2>b-2', 'a-3>b-3', 'a-4>b-4']);
    });

    it('returns the union of each side’s k best, each pair once', () => {
      const top = retrieveCandidates(a, b, { resources: res, perClaim: 2 });
      expect(top.length).toBeLessThan(16);
      expect(new Set(ids(top)).size).toBe(top.length);
      for (const id of [...a, ...b].map((c) => c.id)) {
        const mine = top.filter((h) => h.leftId === id || h.rightId === id);
        expect(mine.length).toBeGreaterThanOrEqual(1);
      }
      // Each pair is among the two best of its left claim or of its right claim.
      const all = retrieveCandidates(a, b, { resources: res, perClaim: 10 });
      const better = (h: RetrievalHit, side: 'leftId' | 'rightId') => all.filter((x) => x[side] === h[side] && x.score > h.score).length;
      for (const h of top) expect(Math.min(better(h, 'leftId'), better(h, 'rightId'))).toBeLessThan(2);
      expect(ids(top)).toEqual(expect.arrayContaining(['a-1>b-1', 'a-2>b-2', 'a-3>b-3', 'a-4>b-4']));
    });
  });

  it('matches claims through extra keys such as concept ids', () => {
    const l = [testClaim('l-1', 'de', 'Die Brücke wird saniert.')];
    const r = [testClaim('r-1', 'en', 'Repairs begin in spring.')];
    expect(retrieveCandidates(l, r, { resources: res })).toEqual([]);
    const hits = retrieveCandidates(l, r, { resources: res, extraKeysOf: () => ['concept:bridge'] });
    expect(hits).toHaveLength(1);
    expect(hits[0].shared).toEqual(['concept:bridge']);
  });

  it('matches claims through shared entity names', () => {
    const l = [testClaim('l-1', 'de', 'Anna Klein tritt zurück.', { entities: ['Anna Klein'] })];
    const r = [testClaim('r-1', 'en', 'Anna Klein resigned.', { entities: ['Anna Klein'] })];
    expect(retrieveCandidates(l, r, { resources: res })[0].shared).toContain('Anna Klein');
  });
});
