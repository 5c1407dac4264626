import { describe, expect, it } from 'vitest';
import { testClaim, testResources } from '../lexical/test-index';
import { DEFAULT_LEXICON } from './lexicon';
import { findPolarityFlips, readEvaluation } from './polarity-flips';
import { scoreClaimPair } from './similarity';
import { speakerEvaluationPairs } from './speaker-evaluations';
import type { CompareClaim, CompareDocument } from './types';

const resources = testResources();
const said = (id: string, documentId: string, speaker: string | null, text: string): CompareClaim => ({ ...testClaim(id, 'en', text), documentId, speaker });
const doc = (id: string, claims: CompareClaim[]): CompareDocument => ({ id, claims });
const polarOf = (c: CompareClaim) => readEvaluation(c, DEFAULT_LEXICON, resources);
const scoreOf = (a: CompareClaim, b: CompareClaim) => scoreClaimPair(a, b, DEFAULT_LEXICON);
const pairsOf = (docs: CompareDocument[]) => speakerEvaluationPairs(docs, polarOf, scoreOf, resources).map((p) => `${p.leftId}>${p.rightId}`);

describe('speakerEvaluationPairs', () => {
  it("pairs one speaker's opposite judgements when a side says when, without shared wording", () => {
    const left = doc('L', [said('l-1', 'L', 'Anna Berg', 'Anna Berg praised the scheme.'), said('l-2', 'L', null, 'The weather was sunny.')]);
    const right = doc('R', [said('r-1', 'R', 'Berg', 'Berg now calls it a failure.')]);
    expect(pairsOf([left, right])).toEqual(['l-1>r-1']);
  });

  it('leaves apart different speakers, judgements of one pole, and turns that neither say when nor share a noun', () => {
    const left = doc('L', [said('l-1', 'L', 'Anna Berg', 'Anna Berg praised the scheme.')]);
    expect(pairsOf([left, doc('R', [said('r-1', 'R', 'Tom Lind', 'Lind now calls it a failure.')])])).toEqual([]);
    expect(pairsOf([left, doc('R', [said('r-1', 'R', 'Berg', 'Berg now praises it again.')])])).toEqual([]);
    expect(pairsOf([left, doc('R', [said('r-1', 'R', 'Berg', 'Berg criticised the weather.')])])).toEqual([]);
  });

  it('gives each claim one partner, and guesses nothing for a speaker with many judgements', () => {
    const left = doc('L', [said('l-1', 'L', 'Berg', 'Berg praised the scheme.'), said('l-2', 'L', 'Berg', 'Berg welcomed the budget.')]);
    const right = doc('R', [said('r-1', 'R', 'Berg', 'Berg now calls the scheme a failure.')]);
    expect(pairsOf([left, right])).toEqual(['l-1>r-1']);
    const many = doc('L', ['scheme', 'budget', 'bridge', 'park'].map((thing, i) => said(`m-${i}`, 'L', 'Berg', `Berg praised the ${thing}.`)));
    expect(pairsOf([many, right])).toEqual([]);
  });

  it('feeds the polarity-flip pass, which explains the turn by its speaker', () => {
    const left = doc('L', [said('l-1', 'L', 'Anna Berg', 'Anna Berg praised the scheme.')]);
    const right = doc('R', [said('r-1', 'R', 'Berg', 'Berg now calls it a failure.')]);
    const speakerPairs = speakerEvaluationPairs([left, right], polarOf, scoreOf, resources);
    const byId = new Map([...left.claims, ...right.claims].map((c) => [c.id, c]));
    const [flip] = findPolarityFlips([], byId, DEFAULT_LEXICON, resources, () => false, speakerPairs);
    expect(flip.via).toMatch(/^opposite evaluation by one speaker \(Anna Berg\) \(positive:praised vs negative:failure/);
  });
});
