import { describe, expect, it } from 'vitest';
import { testResources } from '../lexical/test-index';
import { claim } from './fixtures/helpers';
import { findNegationFlips, readNegation } from './negation-flips';
import type { ClaimPairScore, CompareClaim } from './types';

const resources = testResources();

function pair(leftId: string, rightId: string, retrieval: number): ClaimPairScore {
  return { leftId, rightId, score: retrieval, parts: { lexical: 0, entities: 0, concepts: 0, quantitySubject: 0, retrieval }, explanation: [] };
}

function flips(claims: CompareClaim[], pairs: ClaimPairScore[], shared: string[] = ['Automation', 'cost', 'jobs'], taken: string[] = []) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return findNegationFlips(pairs, byId, (id) => taken.includes(id), () => shared, resources);
}

describe('readNegation', () => {
  it('counts negators, denials and privatives, so a double negation asserts', () => {
    expect(readNegation('Automation will not cost a single job here.').count).toBe(1);
    expect(readNegation('Eine Schließung dürfen wir nicht mehr ausschließen.').cues).toEqual(['nicht', 'ausschließen']);
    expect(readNegation('Switching lights off is out of the question.').cues).toEqual(['out of the question']);
    expect(readNegation('Von einer Entlastung kann keine Rede sein.').count).toBe(1);
  });

  it('does not count "not only", "kein Wunder" or the "nor" of "neither … nor"', () => {
    expect(readNegation('The plan is not only cheaper but faster.').count).toBe(0);
    expect(readNegation('Kein Wunder, dass die Halle voll ist.').count).toBe(0);
    expect(readNegation('Neither the council nor the port would pay.').count).toBe(1);
  });
});

describe('findNegationFlips', () => {
  const promise = claim('l1', 'a', 'en', '2019', '"Automation will not cost a single job here," said Laura Brennan.', { speaker: 'Laura Brennan' });
  const admission = claim('r1', 'b', 'en', '2024', '"Automation has cost jobs, and there is no point in denying that," said Laura Brennan.', { speaker: 'Brennan' });

  it('pairs a denial with the assertion of one speaker, reading the negation in the clause the two share', () => {
    const [flip] = flips([promise, admission], [pair('l1', 'r1', 0.38)]);
    expect(flip.stances).toEqual({ r1: 'supports', l1: 'opposes' });
    expect(flip.via).toBe('one side denies what the other asserts ("not", both said by Laura Brennan; similarity 0.38)');
  });

  it('needs one speaker, or two attributed clauses saying nearly the same', () => {
    const narrated = claim('r2', 'b', 'en', '2024', 'Automation has cost jobs at the port.');
    expect(flips([promise, narrated], [pair('l1', 'r2', 0.4)])).toEqual([]);
    const other = claim('r3', 'b', 'en', '2024', 'Automation has cost jobs here, the union says.', { speaker: 'union' });
    expect(flips([promise, other], [pair('l1', 'r3', 0.4)])).toHaveLength(1);
  });

  it('skips pairs of one polarity, questions, weak retrieval and taken claims', () => {
    const again = claim('r4', 'b', 'en', '2024', '"Automation will not cost jobs," said Laura Brennan.', { speaker: 'Laura Brennan' });
    expect(flips([promise, again], [pair('l1', 'r4', 0.5)])).toEqual([]);
    const question = claim('r5', 'b', 'en', '2024', 'Has automation cost jobs, asked Laura Brennan?', { speaker: 'Laura Brennan' });
    expect(flips([promise, question], [pair('l1', 'r5', 0.5)])).toEqual([]);
    const weaker = claim('l2', 'a', 'en', '2019', 'Ships are loaded at night.');
    // 0.25 is enough only for each other's best match.
    expect(flips([promise, admission, weaker], [pair('l1', 'r1', 0.25), pair('l2', 'r1', 0.28)])).toEqual([]);
    expect(flips([promise, admission], [pair('l1', 'r1', 0.38)], undefined, ['r1'])).toEqual([]);
  });

  it('needs shared content beyond the speaker, and no two different named actors', () => {
    expect(flips([promise, admission], [pair('l1', 'r1', 0.38)], ['Laura', 'Brennan'])).toEqual([]);
    const a = { ...promise, entities: [{ canonical: 'Port Authority', type: 'organization' as const }] };
    const b = { ...admission, entities: [{ canonical: 'Dock Union', type: 'organization' as const }] };
    expect(flips([a, b], [pair('l1', 'r1', 0.38)])).toEqual([]);
  });

  it('works across languages through the translations of the shared clause', () => {
    const de = claim('l3', 'a', 'de', '2019', '„Das Vorhaben lohnt sich nicht“, sagt Anna Vogt.', { speaker: 'Anna Vogt' });
    const en = claim('r6', 'b', 'en', '2023', '"The project pays off," says Anna Vogt.', { speaker: 'Anna Vogt' });
    const [flip] = flips([de, en], [pair('l3', 'r6', 0.35)], ['Vorhaben']);
    expect(flip?.stances).toEqual({ r6: 'supports', l3: 'opposes' });
  });
});
