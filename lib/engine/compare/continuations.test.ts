import { describe, expect, it } from 'vitest';
import { testClaim } from '../lexical/test-index';
import { continuationCue, findContinuations } from './continuations';
import type { ClaimPairScore, CompareClaim } from './types';

const dated = (c: CompareClaim, published: string): CompareClaim => ({ ...c, published });
const claims = [
  dated(testClaim('l-1', 'en', 'The single-lane access road is already a bottleneck.'), '2019'),
  dated(testClaim('l-2', 'de', 'Anwohner beklagen den Lärm am Wochenende.'), '2019'),
  dated(testClaim('r-1', 'en', "Harbour Road's single lane remains a bottleneck."), '2024'),
  dated(testClaim('r-2', 'de', 'Anwohner klagen weiterhin über Lärm an den Wochenenden.'), '2024'),
  dated(testClaim('r-3', 'en', 'Mayor Jane Doe still chairs the board.'), '2024'),
  dated(testClaim('l-3', 'en', 'Mayor Jane Doe opened the road.'), '2019'),
];
const byId = new Map(claims.map((c) => [c.id, c]));
const pair = (leftId: string, rightId: string, retrieval: number): ClaimPairScore => ({
  leftId, rightId, score: retrieval, parts: { lexical: 0, entities: 0, concepts: 0, quantitySubject: 0, retrieval }, explanation: [],
});
const shared: Record<string, string[]> = {
  'l-1|r-1': ['single', 'lane', 'bottleneck'],
  'l-2|r-2': ['Anwohner', 'Lärm', 'Wochenende'],
  'l-3|r-3': ['Jane', 'Doe'],
};
const ids = (found: ReturnType<typeof findContinuations>) => found.map((f) => `${f.pair.leftId}>${f.pair.rightId}`);
const run = (pairs: ClaimPairScore[], isTaken: (id: string) => boolean = () => false) =>
  findContinuations(pairs, byId, isTaken, (p) => shared[`${p.leftId}|${p.rightId}`] ?? []);

describe('continuationCue', () => {
  it('finds words and phrases by which a later report says something still holds', () => {
    expect(continuationCue('The lane remains a bottleneck.')).toBe('remains');
    expect(continuationCue('Spätburgunder ist nach wie vor das Zugpferd.')).toBe('nach wie vor');
    expect(continuationCue('Anwohner klagen weiterhin über Lärm.')).toBe('weiterhin');
    expect(continuationCue('Der Grünstreifen am Bach ist geblieben.')).toBe('geblieben');
    expect(continuationCue('The fare has stayed the same.')).toBe('stayed');
    expect(continuationCue('Das Gebiet ist so groß wie eh und je.')).toBe('wie eh und je');
    expect(continuationCue('The road was widened.')).toBeNull();
  });
});

describe('findContinuations', () => {
  it('in strict mode (claims another topic reads) needs close wording and two shared content words', () => {
    const strict = (pairs: ClaimPairScore[]) =>
      findContinuations(pairs, byId, () => false, (p) => shared[`${p.leftId}|${p.rightId}`] ?? [], true).map((f) => `${f.pair.leftId}>${f.pair.rightId}`);
    expect(strict([pair('l-1', 'r-1', 0.4)])).toEqual(['l-1>r-1']);
    // Mutual best at weak wording is enough normally, not in strict mode.
    expect(ids(run([pair('l-1', 'r-1', 0.2)]))).toEqual(['l-1>r-1']);
    expect(strict([pair('l-1', 'r-1', 0.2)])).toEqual([]);
  });

  it('pairs a later claim that says "still" with its best earlier match, and says why', () => {
    const found = run([pair('l-1', 'r-1', 0.4), pair('l-2', 'r-2', 0.35)]);
    expect(found.map((f) => `${f.pair.leftId}>${f.pair.rightId}`)).toEqual(['l-1>r-1', 'l-2>r-2']);
    expect(found[0].via).toMatch(/^the later side says it still holds \("remains"\)/);
    expect(found[0].laterId).toBe('r-1');
  });

  it('accepts weaker wording and one shared word when the two are each other\'s best match, whatever the earlier side says', () => {
    const local = new Map(byId);
    local.set('l-4', dated(testClaim('l-4', 'en', 'Central Library remains open seven days a week.'), '2019'));
    local.set('r-4', dated(testClaim('r-4', 'en', 'Central Library still opens every day of the week.'), '2024'));
    const found = findContinuations([pair('l-4', 'r-4', 0.16)], local, () => false, () => ['week']);
    expect(found.map((f) => f.laterId)).toEqual(['r-4']);
    // Below 0.15 even each other's best match is too weak.
    expect(findContinuations([pair('l-4', 'r-4', 0.12)], local, () => false, () => ['week'])).toEqual([]);
    // Not each other's best: too weak.
    // The cue word shared on both sides is not what holds.
    expect(findContinuations([pair('l-4', 'r-4', 0.16)], local, () => false, () => ['remains', 'still'])).toEqual([]);
    const sharedWeek = (p: ClaimPairScore) => (p.leftId === 'l-4' ? ['week'] : []);
    expect(findContinuations([pair('l-4', 'r-4', 0.16), pair('l-1', 'r-4', 0.17)], local, () => false, sharedWeek)).toEqual([]);
  });

  it('needs shared words beyond names and speakers, enough similarity, and a free best match', () => {
    expect(run([pair('l-3', 'r-3', 0.5)])).toEqual([]);
    expect(run([pair('l-1', 'r-1', 0.09)])).toEqual([]);
    // r-1's best match is another claim: not this one.
    expect(run([pair('l-1', 'r-1', 0.3), pair('l-2', 'r-1', 0.4)])).toEqual([]);
    expect(run([pair('l-1', 'r-1', 0.4)], (id) => id === 'l-1')).toEqual([]);
  });
});
