import { describe, expect, it } from 'vitest';
import { claim } from './fixtures/helpers';
import { DEFAULT_LEXICON } from './lexicon';
import { findReversals, findRevisions, revisionCue } from './revisions';
import { scoreClaimPair } from './similarity';
import type { CompareClaim, CompareDocument } from './types';

const docOf = (id: string, published: string, claims: CompareClaim[]): CompareDocument => ({ id, published, claims });

function revisions(earlier: CompareClaim[], later: CompareClaim[], taken: string[] = []) {
  const byId = new Map([...earlier, ...later].map((c) => [c.id, c]));
  const scoreOf = (a: string, b: string) => scoreClaimPair(byId.get(a)!, byId.get(b)!, DEFAULT_LEXICON);
  return findRevisions([docOf('b', '2023', later), docOf('a', '2019', earlier)], DEFAULT_LEXICON, undefined, scoreOf, (id) => taken.includes(id));
}

describe('revisionCue', () => {
  it('finds the words by which a later report says a position changed', () => {
    expect(revisionCue('The union now opposes the deal.')).toBe('now');
    expect(revisionCue('Der Verband hält die Quote inzwischen für gescheitert.')).toBe('inzwischen');
    expect(revisionCue('These days the council backs the plan.')).toBe('These days');
    expect(revisionCue('The council approved the plan.')).toBeNull();
  });
});

describe('findRevisions', () => {
  const welcomed = claim('a1', 'a', 'en', '2019', 'The Chamber of Commerce welcomed the closure as the quickest option.', { entities: [['Chamber of Commerce', 'organization']] });
  const praisedOther = claim('a2', 'a', 'en', '2019', 'The fire brigade praised the new equipment at the station.', { entities: [['fire brigade', 'organization']] });
  const nowReckless = claim('b1', 'b', 'en', '2023', 'The Chamber of Commerce now rejects the closure.', { entities: [['Chamber of Commerce', 'organization']] });

  it('pairs a later change of position with the earlier opposite evaluation of the same holder', () => {
    const [r] = revisions([praisedOther, welcomed], [nowReckless]);
    expect([r.pair.leftId, r.pair.rightId].sort()).toEqual(['a1', 'b1']);
    expect(r.stances).toEqual({ a1: 'supports', b1: 'opposes' });
    expect(r.via).toContain('"now"');
    expect(r.via).toContain('the same holder');
  });

  it('knows an organisation by its own noun without the place or a preposition ("Mieterbund Rendsburg" / "Beim Mieterbund")', () => {
    const early = claim('a3', 'a', 'de', '2020', 'Der Mieterbund Rendsburg begrüßt den Anschlusszwang.', { entities: [['Mieterbund Rendsburg', 'organization']] });
    const late = claim('b5', 'b', 'de', '2024', 'Beim Mieterbund stößt die Pflicht inzwischen auf Ablehnung.', { entities: [['Beim Mieterbund', 'organization']] });
    const [r] = revisions([early], [late]);
    expect(r?.via).toContain('the same holder');
  });

  it('without a shared holder, takes the later claim\'s closest earlier claim by retrieval when it said the opposite', () => {
    const early = claim('a4', 'a', 'en', '2019', 'Residents welcomed the runway plans.', {});
    const other = claim('a5', 'a', 'en', '2019', 'Traders praised the new market hall.', {});
    const late = claim('b6', 'b', 'en', '2023', 'The village now opposes the expansion.', {});
    const retrieval = new Map([['a4', 0.12], ['a5', 0.05]]);
    const scoreOf = (a: string) => ({ ...scoreClaimPair([early, other, late].find((c) => c.id === a)!, late, DEFAULT_LEXICON), parts: { lexical: 0, entities: 0, concepts: 0, quantitySubject: 0, retrieval: retrieval.get(a) ?? 0 } });
    const [r, ...rest] = findRevisions([docOf('b', '2023', [late]), docOf('a', '2019', [early, other])], DEFAULT_LEXICON, undefined, (a) => scoreOf(a), () => false);
    expect(rest).toEqual([]);
    expect([r.pair.leftId, r.pair.rightId].sort()).toEqual(['a4', 'b6']);
  });

  it('needs the change cue on the later side', () => {
    const plain = claim('b2', 'b', 'en', '2023', 'The Chamber of Commerce rejects the closure.', { entities: [['Chamber of Commerce', 'organization']] });
    expect(revisions([welcomed], [plain])).toEqual([]);
  });

  it('needs opposite evaluations', () => {
    const stillGood = claim('b3', 'b', 'en', '2023', 'The Chamber of Commerce now praises the closure as a success.', { entities: [['Chamber of Commerce', 'organization']] });
    expect(revisions([welcomed], [stillGood])).toEqual([]);
  });

  it('leaves claims another pass took, and unrelated claims of other holders', () => {
    expect(revisions([welcomed], [nowReckless], ['a1'])).toEqual([]);
    const unrelated = claim('b4', 'b', 'en', '2023', 'Anglers now reject the fishing ban on the river.', {});
    expect(revisions([welcomed], [unrelated])).toEqual([]);
  });
});

describe('findReversals', () => {
  const approved = claim('a1', 'a', 'en', '2019', 'Councillors voted to keep the walkway open to pedestrians during the works.', {});
  const other = claim('a2', 'a', 'en', '2019', 'The bridge carries 20,000 vehicles a day.', {});
  const reversed = claim('b1', 'b', 'en', '2023', 'The council reversed its decision to keep the walkway open.', {});
  const byId = new Map([approved, other, reversed].map((c) => [c.id, c]));
  const scoreOf = (a: string, b: string) => scoreClaimPair(byId.get(a)!, byId.get(b)!, DEFAULT_LEXICON);
  const shared = () => ['walkway', 'open'];
  const run = (later: CompareClaim, sharedOf = shared) =>
    findReversals([docOf('a', '2019', [approved, other]), docOf('b', '2023', [later])], DEFAULT_LEXICON, undefined, scoreOf, () => false, sharedOf);

  it('pairs a later reversal with the closest earlier report of what it undoes', () => {
    const [r] = run(reversed);
    expect([r.pair.leftId, r.pair.rightId].sort()).toEqual(['a1', 'b1']);
    expect(r.stances).toEqual({ a1: 'supports', b1: 'opposes' });
    expect(r.via).toContain('"reversed"');
  });

  it('needs shared words beyond names and concepts', () => {
    expect(run(reversed, () => ['c:parliament'])).toEqual([]);
  });

  it('reads "withdrew from" as leaving, not undoing', () => {
    const left = claim('b2', 'b', 'en', '2023', 'Two operators withdrew from the walkway scheme, which stays open.', {});
    byId.set(left.id, left);
    expect(run(left)).toEqual([]);
  });
});
