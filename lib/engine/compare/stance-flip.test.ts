import { describe, expect, it } from 'vitest';
import { FLIP_PAIRS } from './fixtures';
import { claim, doc } from './fixtures/helpers';
import { measureFixture } from './fixtures/link-metrics';
import { DEFAULT_LEXICON, detectStance, pairKey, readPolar, sharedSubject, suggestTopics } from './index';

const welcome = DEFAULT_LEXICON.find((g) => g.id === 'welcome')!;
const WELCOME_EN = { label: 'Is the mission welcome?' };
const WELCOME_DE = { label: 'Ist die Mission willkommen?' };
const concord: [string, 'organization'] = ['Concord', 'organization'];
const tarnovia: [string, 'place'] = ['Tarnovia', 'place'];

const en = (text: string, entities: [string, 'organization' | 'place'][] = [concord], published = '2024') =>
  claim('c', 'd', 'en', published, text, { entities });
const de = (text: string, published = '2024') => claim('c', 'd', 'de', published, text, { entities: [concord] });

describe('counter-pole words in a past or hypothetical setting', () => {
  it.each([
    ['After the withdrawal of the Concord army in 2011, the country became a partner.', /past:After the→withdrawal/],
    ['The gap that a withdrawal of Concord would leave is large.', /hypothetical:would→withdrawal/],
    ['Nach dem offiziellen Abzug der Concord-Armee wurde das Land Partner.', /past:Nach dem→Abzug/],
    ['Ein möglicher Abzug von Concord hätte Folgen für die Region.', /hypothetical:möglicher→Abzug/],
    ['Damals endete der Rückzug von Concord im Chaos.', /past:Damals→Rückzug/],
    ['In 2011 the withdrawal of Concord was completed.', /past:2011→withdrawal/],
  ])('%s is no judgement', (text, cue) => {
    const r = detectStance(en(text), WELCOME_EN, DEFAULT_LEXICON);
    expect(r.stance, r.rationale).toBe('neutral');
    expect(r.cues.join(' ')).toMatch(cue);
    expect(r.rationale).toMatch(/mentioned as a (past event|hypothetical)/);
  });

  it('keeps a current counter-pole, a year that reaches the present and a negated past', () => {
    expect(detectStance(en('Protesters demanded the withdrawal of Concord.'), WELCOME_EN, DEFAULT_LEXICON).stance).toBe('opposes');
    expect(detectStance(en('Since 2019 protesters have demanded the withdrawal of Concord.'), WELCOME_EN, DEFAULT_LEXICON).stance).toBe('opposes');
    const negatedPast = detectStance(de('Damals gab es keine Abzugsforderungen gegen Concord.'), WELCOME_DE, DEFAULT_LEXICON);
    expect(negatedPast.stance).toBe('supports');
  });
});

describe('readPolar', () => {
  it.each([
    ['Whether Concord is still welcome here is far from certain.', 'opposes', /"welcome" put in doubt by "far from certain"/],
    ['Concord is highly regarded by the ministers.', 'supports', /evaluative "highly regarded"/],
    ['Concord has not faced withdrawal demands so far.', 'supports', /"withdrawal demands" negated by "not"/],
    ['Die Fachleute von Concord genießen hohes Ansehen.', 'supports', /evaluative "hohes Ansehen"/],
  ])('reads strong evidence: %s', (text, stance, evidence) => {
    const r = readPolar(en(text), welcome, DEFAULT_LEXICON, 0.6);
    expect(r?.stance).toBe(stance);
    expect(r?.evidence.join('; ')).toMatch(evidence);
  });

  it.each([
    'After the withdrawal of the Concord engineers in 2009, the country joined the union.',
    'The gap that a withdrawal of Concord would leave could not be filled.',
    'Concord came at the invitation of the interior ministry.',
    'Parliament decides on extension or withdrawal of Concord every autumn.',
    'Concord will stay only as long as it is welcome.',
    'Whether a possible withdrawal of the coalition would affect Concord remains to be seen.',
    'The harbour of the capital was dredged in spring.',
  ])('finds no clear stance in: %s', (text) => {
    expect(readPolar(en(text), welcome, DEFAULT_LEXICON, 0.6)).toBeNull();
  });
});

describe('sharedSubject', () => {
  it('takes a shared actor, and a shared place only when no other actor is named', () => {
    const legion: [string, 'organization'] = ['Brenmark Legion', 'organization'];
    expect(sharedSubject(en('a', [concord, tarnovia]), en('b', [concord]))).toBe('Concord');
    expect(sharedSubject(en('a', [legion, tarnovia]), en('b', [concord, tarnovia]))).toBeNull();
    expect(sharedSubject(en('a', [tarnovia]), en('b', [tarnovia]))).toBe('Tarnovia');
    expect(sharedSubject(en('a', [concord]), en('b', [legion]))).toBeNull();
  });
});

describe('stance-flip topics', () => {
  it.each(FLIP_PAIRS.map((p) => [p.name, p] as const))('%s: links the flip, none of the negatives', (_name, pair) => {
    const m = measureFixture(pair, DEFAULT_LEXICON);
    // Every proposed link is right; one of the observers' gold pairs ("far from certain" / "so far")
    // is now taken by the proposition pass, which shares the misleading word "far".
    expect(m.evaluation.precision).toBe(1);
    expect(m.evaluation.recall).toBeGreaterThanOrEqual(0.5);
    const flip = m.suggestions.find((s) => s.topic.concepts.length === 1 && s.links[0].rationale?.includes('opposite stances'));
    // observers: the proposition pass now links the doubting claim first (see above), so no flip topic is left.
    if (!flip) return expect(pair.name).toMatch(/^observers/);
    const group = DEFAULT_LEXICON.find((g) => g.id === flip.topic.concepts[0])!;
    expect(flip.topic.label).toMatch(new RegExp(`^${group.label}: \\S+`));
    expect(flip.claimIds.length).toBeLessThanOrEqual(4);
    // The explanation names the cues of both sides.
    expect(flip.pairs[0].explanation[0]).toMatch(/^earlier opposes \(.+\) ↔ later supports \(.+\)$/);
    for (const link of flip.links) expect(link.rationale).toMatch(/Linked by opposite stances on .+ about /);
  });

  it('seeds a topic with a mutual best opposite pair; a claim whose best partner is in it joins, up to the cap', () => {
    const left = doc('l', 'en', '2017', [
      ['Whether the Concord observers are welcome in Tarnovia is far from certain.', { entities: [concord, tarnovia] }],
      ['Whether Concord is still welcome is doubtful.', { entities: [concord] }],
      ['Concord is highly regarded by the cabinet.', { entities: [concord] }],
    ]);
    const right = doc('r', 'en', '2022', [['Ministers call Concord a highly regarded partner.', { entities: [concord] }]]);
    const flipsOf = (maxSize?: number) =>
      suggestTopics([left, right], DEFAULT_LEXICON, { flipMaxSize: maxSize }).filter((s) => s.links[0].rationale?.includes('opposite stances'));
    const [flip] = flipsOf();
    expect(flip.claimIds).toEqual(['l-1', 'l-2', 'r-1']);
    // The seed is the closer of the two doubters; l-3 agrees with r-1 and is never paired.
    expect(flip.pairs.map((p) => pairKey(p.leftId, p.rightId))).toEqual([pairKey('l-2', 'r-1'), pairKey('l-1', 'r-1')]);
    expect(flipsOf(2).map((s) => s.claimIds)).toEqual([['l-2', 'r-1']]);
  });

  it('adds no flip topic for claims the proposition pass already linked', () => {
    const m = measureFixture(FLIP_PAIRS[0], DEFAULT_LEXICON, { threshold: 0.1, linkage: 0.1 });
    const flips = m.suggestions.filter((s) => s.links[0].rationale?.includes('opposite stances'));
    const clustered = m.suggestions.filter((s) => !flips.includes(s));
    for (const f of flips) {
      const [a, b] = f.claimIds;
      expect(clustered.some((c) => c.claimIds.includes(a) && c.claimIds.includes(b))).toBe(false);
    }
  });
});
