import { describe, expect, it } from 'vitest';
import { testClaim, testResources } from '../lexical/test-index';
import { DEFAULT_LEXICON } from './lexicon';
import { findPolarityFlips } from './polarity-flips';
import type { ClaimPairScore, CompareClaim } from './types';

const resources = testResources();

const claims = [
  testClaim('l-1', 'en', 'The council praised the plan.'),
  testClaim('l-2', 'de', 'Die Anwohner begrüßen das Vorhaben.'),
  testClaim('l-3', 'en', 'The weather was sunny.'),
  testClaim('r-1', 'en', 'The council now calls the plan reckless.'),
  testClaim('r-2', 'de', 'Die Anwohner lehnen das Vorhaben ab.'),
  testClaim('r-3', 'en', 'The council praises the project.'),
  testClaim('r-4', 'en', 'The weather was cold.'),
  // Mixed on its own: a good word about the council, a bad one about the plan.
  testClaim('r-5', 'en', 'The good council now calls the plan reckless.'),
];
const byId = new Map<string, CompareClaim>(claims.map((c) => [c.id, c]));

function pair(leftId: string, rightId: string, score: number, retrieval = score): ClaimPairScore {
  return { leftId, rightId, score, parts: { lexical: 0, entities: 0, concepts: 0, quantitySubject: 0, retrieval }, explanation: [] };
}

const flips = (pairs: ClaimPairScore[], isTaken: (id: string) => boolean = () => false) =>
  findPolarityFlips(pairs, byId, DEFAULT_LEXICON, resources, isTaken);
const ids = (found: ReturnType<typeof flips>) => found.map((f) => `${f.pair.leftId}>${f.pair.rightId}`);

describe('findPolarityFlips', () => {
  it('pairs claims with opposite evaluation and names the cues', () => {
    const found = flips([pair('l-1', 'r-1', 0.6), pair('l-2', 'r-2', 0.7)]);
    expect(ids(found)).toEqual(['l-2>r-2', 'l-1>r-1']);
    expect(found[1].via).toBe('opposite evaluation (positive:praised vs negative:reckless)');
    expect(found[0].via).toMatch(/^opposite evaluation \(positive:begrüßen vs negative:lehnen/);
  });

  it('reads lexicon polarity only with resources ("reckless")', () => {
    expect(findPolarityFlips([pair('l-1', 'r-1', 0.6)], byId, DEFAULT_LEXICON, undefined, () => false)).toEqual([]);
  });

  it('skips neutral claims, and pairs of the same polarity unless their wording is close', () => {
    expect(flips([pair('l-3', 'r-4', 0.8), pair('l-3', 'r-1', 0.8)])).toEqual([]);
    expect(flips([pair('l-1', 'r-3', 0.3)])).toEqual([]);
    const [same] = flips([pair('l-1', 'r-3', 0.8)]);
    expect(same.via).toMatch(/^the same evaluation \(positive:praised vs positive:praises/);
  });

  it('reads a mixed side as the pole opposite the other side when its opposite cue is its own, in close pairs', () => {
    const [found] = flips([pair('l-1', 'r-5', 0.5)]);
    expect(found.via).toMatch(/^opposite evaluation \("reckless" against the other side's support\)/);
    expect(found.stances).toEqual({ 'l-1': 'supports', 'r-5': 'opposes' });
    // Loosely worded pairs with a mixed side stay apart.
    expect(flips([pair('l-1', 'r-5', 0.25)])).toEqual([]);
  });

  it('accepts weaker wording when the two claims are each other\'s best match', () => {
    expect(ids(flips([pair('l-1', 'r-1', 0.17)]))).toEqual(['l-1>r-1']);
    // Not mutual: r-1 has a better partner elsewhere.
    expect(ids(flips([pair('l-1', 'r-1', 0.17), pair('l-3', 'r-1', 0.19)]))).toEqual([]);
  });

  it('accepts the weakest proposed wording when one speaker judges one thing then and now', () => {
    const said = (id: string, text: string) => ({ ...testClaim(id, 'en', text), speaker: 'Anna Vogt' });
    const local = new Map<string, CompareClaim>([said('s-1', 'The council praised the plan.'), said('s-2', 'The council now calls the plan reckless.')].map((c) => [c.id, c]));
    const [found] = findPolarityFlips([pair('s-1', 's-2', 0.12)], local, DEFAULT_LEXICON, resources, () => false);
    expect(found.via).toMatch(/^opposite evaluation by one speaker \(Anna Vogt\)/);
    // Without the speaker the same wording is too weak.
    expect(flips([pair('l-1', 'r-1', 0.12), pair('l-3', 'r-1', 0.13)])).toEqual([]);
  });

  it('needs one holder, a word placing the judgement in time, or near-identical wording for opposite judgements', () => {
    const local = new Map<string, CompareClaim>(
      [testClaim('u-1', 'en', 'Residents praised the market.'), testClaim('u-2', 'en', 'Traders call the market reckless.'), testClaim('u-3', 'en', 'Traders now call the market reckless.')].map((c) => [c.id, c]),
    );
    const run = (p: ClaimPairScore) => findPolarityFlips([p], local, DEFAULT_LEXICON, resources, () => false);
    expect(run(pair('u-1', 'u-2', 0.3))).toEqual([]);
    expect(run(pair('u-1', 'u-3', 0.3))).toHaveLength(1);
    expect(run(pair('u-1', 'u-2', 0.55))).toHaveLength(1);
  });

  it('skips pairs with too little retrieval similarity', () => {
    expect(flips([pair('l-1', 'r-1', 0.6, 0.1)])).toEqual([]);
    const noRetrieval = { ...pair('l-1', 'r-1', 0.6), parts: { lexical: 0.6, entities: 0, concepts: 0, quantitySubject: 0 } };
    expect(flips([noRetrieval])).toEqual([]);
  });

  it('gives each claim one flip, best pair first', () => {
    const found = flips([pair('l-1', 'r-1', 0.4), pair('l-2', 'r-1', 0.9), pair('l-1', 'r-2', 0.5)]);
    expect(ids(found)).toEqual(['l-2>r-1', 'l-1>r-2']);
  });

  it('skips claims already taken by another topic', () => {
    expect(ids(flips([pair('l-1', 'r-1', 0.6), pair('l-2', 'r-2', 0.7)], (id) => id === 'r-2'))).toEqual(['l-1>r-1']);
  });
});
