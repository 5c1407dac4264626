import { describe, expect, it } from 'vitest';
import { FIXTURE_PAIRS, type FixturePair } from './fixtures';
import { buildComparison, classifyRelation, DEFAULT_LEXICON, dominantStance, orderByDate, type CompareDocument, type NumberChange, type TopicLink } from './index';

const goldLinks = (pair: FixturePair): TopicLink[] =>
  pair.topics.flatMap((t) => t.claimIds.map((claimId) => ({ topicKey: t.key, claimId, source: 'auto' as const })));
const goldTopics = (pair: FixturePair) => pair.topics.map((t) => ({ id: t.key, label: t.label, question: t.question, concepts: t.concepts }));

const change = { subject: 'x', unit: 'troops', unitKind: 'count', delta: 1, percent: 1 } as NumberChange;

describe('classifyRelation', () => {
  it('applies the documented precedence', () => {
    const s = { stance: 'supports' as const, confidence: 0.8 };
    const o = { stance: 'opposes' as const, confidence: 0.8 };
    const n = { stance: 'neutral' as const, confidence: 0.8 };
    expect(classifyRelation([s], [])).toBe('only-left');
    expect(classifyRelation([], [o])).toBe('only-right');
    expect(classifyRelation([s], [o], change)).toBe('number-changed');
    expect(classifyRelation([s], [o])).toBe('contradict');
    expect(classifyRelation([o], [s])).toBe('contradict');
    expect(classifyRelation([s], [s])).toBe('agree');
    expect(classifyRelation([n], [n])).toBe('related');
    expect(classifyRelation([s], [n])).toBe('related');
  });

  it('weighs stances by confidence; human links count fully', () => {
    expect(dominantStance([{ stance: 'supports', confidence: 0.4 }, { stance: 'opposes', confidence: 0.9 }])).toBe('opposes');
    expect(dominantStance([{ stance: 'supports', source: 'human' }, { stance: 'opposes', confidence: 0.9 }])).toBe('supports');
    expect(dominantStance([{ stance: 'neutral', confidence: 0.9 }, { stance: 'mixed', confidence: 0.5 }])).toBe('mixed');
    expect(dominantStance([])).toBeNull();
  });
});

describe('buildComparison on the fixture pairs', () => {
  it.each(FIXTURE_PAIRS.map((p) => [p.name, p] as const))('%s: relation, change and explanation per row', (_name, pair) => {
    const rows = buildComparison(pair.left, pair.right, goldTopics(pair), goldLinks(pair), DEFAULT_LEXICON);
    expect(rows).toHaveLength(pair.topics.length);
    for (const topic of pair.topics) {
      const row = rows.find((r) => r.topic.id === topic.key)!;
      expect(row.relation, `${topic.key}: ${row.explanation}`).toBe(topic.relation);
      expect(row.explanation.length).toBeGreaterThan(20);
      if (topic.change) {
        expect(row.change).toMatchObject({ delta: topic.change.delta, percent: topic.change.percent });
        expect(row.explanation).toContain(row.change!.from.text);
        expect(row.explanation).toContain('→');
      }
      if (row.relation === 'contradict') {
        const cues = [...row.left, ...row.right].map((e) => e.rationale).join(' ');
        expect(row.explanation).toMatch(/Stance flipped: left (supports|opposes) \(.+\); right (supports|opposes) \(.+\)/);
        expect(cues).toMatch(/positive|negative/);
      }
    }
    expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((a, b) => b - a));
  });

  it('names the cue behind a stance flip', () => {
    const mission = FIXTURE_PAIRS.find((p) => p.left.id === 'mission-2019')!;
    const rows = buildComparison(mission.left, mission.right, goldTopics(mission), goldLinks(mission), DEFAULT_LEXICON);
    const welcome = rows.find((r) => r.topic.id === 'mission-welcome')!;
    expect(welcome.explanation).toMatch(/left opposes \(.*Abzug/);
    expect(welcome.explanation).toMatch(/right supports \(.*geschätzt/);
    const conditional = welcome.left.find((e) => e.claim.id === 'mission-2019-1')!;
    expect(conditional).toMatchObject({ stance: 'mixed', source: 'auto' });
    expect(conditional.rationale).toContain('nur so lange');
    const size = rows.find((r) => r.topic.id === 'mission-size')!;
    expect(size.explanation).toContain('etwa 400 Soldaten → etwa 550 Nordbund-Truppen (+150, +37.5 %)');
  });

  it('keeps human stances and reports one-sided topics', () => {
    const tram = FIXTURE_PAIRS.find((p) => p.left.id === 'tram-2019')!;
    const topics = [{ id: 't1', label: 'Soll die Stadt die Linie bauen?' }, { id: 't2', label: 'Bibliothek' }, { id: 't3', label: 'Tierpark' }];
    const links: TopicLink[] = [
      { topicKey: 't1', claimId: 'tram-2019-1', source: 'human', stance: 'supports', rationale: 'checked by editor' },
      { topicKey: 't1', claimId: 'tram-2023-1', source: 'human', stance: 'supports' },
      { topicKey: 't2', claimId: 'tram-2019-4', source: 'auto' },
      { topicKey: 't3', claimId: 'tram-2023-4', source: 'auto' },
    ];
    const rows = buildComparison(tram.left, tram.right, topics, links, DEFAULT_LEXICON);
    const agree = rows.find((r) => r.topic.id === 't1')!;
    expect(agree.relation).toBe('agree');
    expect(agree.left[0]).toMatchObject({ source: 'human', confidence: 1, rationale: 'checked by editor' });
    expect(agree.explanation).toContain('set by a reviewer');
    expect(rows.find((r) => r.topic.id === 't2')).toMatchObject({ relation: 'only-left' });
    expect(rows.find((r) => r.topic.id === 't3')?.relation).toBe('only-right');
    expect(rows.find((r) => r.topic.id === 't3')?.explanation).toMatch(/Only the right document/);
  });

  it('refers to topics without an id by label and drops topics without links', () => {
    const tram = FIXTURE_PAIRS.find((p) => p.left.id === 'tram-2019')!;
    const rows = buildComparison(tram.left, tram.right, [{ label: 'Kosten' }, { label: 'Leer' }], [
      { topicKey: 'Kosten', claimId: 'tram-2019-2', source: 'auto' },
      { topicKey: 'Kosten', claimId: 'tram-2023-1', source: 'auto' },
    ], DEFAULT_LEXICON);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ topic: { label: 'Kosten' }, relation: 'number-changed' });
    expect(rows[0].topic.id).toBeUndefined();
  });

  it('orders two documents by date', () => {
    const [a, b] = orderByDate({ id: 'new', published: '2023' }, { id: 'old', published: '2019-05' });
    expect([a.id, b.id]).toEqual(['old', 'new']);
  });
});

describe('continuation rows', () => {
  it('agree and say that the later side says the proposition still holds', () => {
    const left = { id: 'L', published: '2019', claims: [{ id: 'l1', documentId: 'L', text: 'The single-lane access road is a bottleneck.', kind: 'factual' as const, speaker: null, hedged: false, negated: false, quantities: [], entities: [], lang: 'en' as const }] };
    const right = { id: 'R', published: '2024', claims: [{ id: 'r1', documentId: 'R', text: "Harbour Road's single lane remains a bottleneck.", kind: 'factual' as const, speaker: null, hedged: false, negated: false, quantities: [], entities: [], lang: 'en' as const }] };
    const topic = { id: 't', label: 'single lane bottleneck', concepts: [], kind: 'continuation' as const };
    const links: TopicLink[] = ['l1', 'r1'].map((claimId) => ({ topicKey: 't', claimId, source: 'auto', stance: 'supports', confidence: 0.6 }));
    const [row] = buildComparison(left, right, [topic], links, DEFAULT_LEXICON);
    expect(row.relation).toBe('agree');
    expect(row.explanation).toMatch(/^Still holds: the later side says so \("remains"\)/);
  });
});

describe('stored link readings', () => {
  const doc = (id: string, text: string): CompareDocument => ({
    id,
    claims: [{ id: `${id}1`, documentId: id, text, kind: 'factual', speaker: null, hedged: false, negated: false, lang: 'en', start: 0, quantities: [], entities: [] }],
  });
  const left = doc('a', 'The council approved the new bus depot.');
  const right = doc('b', 'The council approved the new bus depot again.');
  const topic = { id: 't', label: 'bus depot' };

  it('explains a row with the cues stored on its auto links instead of reading them again', () => {
    const stored = (claimId: string): TopicLink => ({ topicKey: 't', claimId, source: 'auto', stance: 'supports', confidence: 0.9, rationale: 'stored', cues: ['positive:stored-cue'] });
    const [row] = buildComparison(left, right, [topic], [stored('a1'), stored('b1')], DEFAULT_LEXICON);
    expect(row.relation).toBe('agree');
    expect(row.explanation).toContain('positive:stored-cue');
  });

  it('reads the cues when a link has none stored', () => {
    const bare = (claimId: string): TopicLink => ({ topicKey: 't', claimId, source: 'auto', stance: 'supports', confidence: 0.9, rationale: 'stored' });
    const [row] = buildComparison(left, right, [topic], [bare('a1'), bare('b1')], DEFAULT_LEXICON);
    expect(row.explanation).not.toContain('stored-cue');
    expect(row.explanation).toMatch(/left supports \(.+\)/);
  });
});

describe('rows of similarly worded claims', () => {
  const doc = (id: string, published: string, text: string, person: string): CompareDocument => ({
    id,
    published,
    claims: [{ id: `${id}1`, documentId: id, text, kind: 'factual', speaker: null, hedged: false, negated: false, lang: 'en', start: 0, quantities: [], entities: [{ canonical: person, type: 'person' }] }],
  });
  const links = (ids: string[]): TopicLink[] => ids.map((claimId) => ({ topicKey: 't', claimId, source: 'auto', stance: 'supports', confidence: 0.9 }));

  it('do not agree when they share only who speaks (name, role, verb of saying)', () => {
    const left = doc('a', '2019', 'Council leader Robert Haines said the new pool was a great success.', 'Robert Haines');
    const right = doc('b', '2023', 'Council leader Robert Haines said he was proud of the library volunteers.', 'Robert Haines');
    const [row] = buildComparison(left, right, [{ id: 't', label: 'Robert Haines' }], links(['a1', 'b1']), DEFAULT_LEXICON);
    expect(row.relation).toBe('related');
  });

  it('agree when they also share what is said', () => {
    const left = doc('a', '2019', 'Council leader Robert Haines said the new pool was a great success.', 'Robert Haines');
    const right = doc('b', '2023', 'Council leader Robert Haines said the new pool remains a great success.', 'Robert Haines');
    const [row] = buildComparison(left, right, [{ id: 't', label: 'pool' }], links(['a1', 'b1']), DEFAULT_LEXICON);
    expect(row.relation).toBe('agree');
  });
});
