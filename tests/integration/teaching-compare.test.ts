import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/policy.ts';
import { executeAction, type ActionDef } from '../../lib/actions/run-action.ts';
import { teachingActionDefs } from '../../lib/actions/teaching-action-defs.ts';
import { enrolStudent } from '../../lib/services/teaching/enrol-student.ts';
import { showComparison } from '../../lib/services/teaching/show-comparison.ts';
import { comparisonResults } from '../../lib/services/teaching/comparison-results.ts';
import { comparisonCsv } from '../../lib/services/teaching/comparison-csv.ts';
import { showClass } from '../../lib/services/teaching/show-class.ts';
import { testTargets } from './databases.ts';
import { makeAutoClaim, makeDocument, makeUser } from './claim-fixtures.ts';
import { closeApi, openApi, type ApiContext } from './api-harness.ts';

// Comparison exercises (docs/teaching.md, "Comparison exercises"): scoring against the teacher's
// answer on a small case computed by hand, and the access rules — blind before and after the
// reveal, submit once, items only from the exercise's two documents.

const password = 'long-enough-password';
const leftText = 'The tram costs 40 million. Critics say it is too much. The mayor is happy.';
const rightText = 'The tram costs 55 million. Critics agree it is too much. Weather was fine.';
const at = (text: string, needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });

describe.each(testTargets)('comparison exercises on $name', ({ open }) => {
  let c: ApiContext;
  let teacher: Actor, otherTeacher: Actor, s1: Actor, s2: Actor, s3: Actor;
  let classId: string, exId: string, left: string, right: string, outside: string;
  const claim: Record<string, string> = {};
  const item: Record<string, string> = {};
  type Defs = typeof teachingActionDefs;
  type Result<K extends keyof Defs> = Defs[K] extends ActionDef<infer R> ? R : never;
  const act = <K extends keyof Defs>(name: K, who: Actor | null, input: unknown) =>
    executeAction(teachingActionDefs[name] as unknown as ActionDef<Result<K>>, who, input, async () => c.db);
  const must = async <T>(p: Promise<{ ok: true; data: T } | { ok: false; code: string; error: string }>) => {
    const r = await p;
    if (!r.ok) throw new Error(`${r.code}: ${r.error}`);
    return r.data;
  };
  const linkClaim = async (who: Actor, key: string, stance: string) =>
    (await must(act('linkItem', who, { exerciseId: exId, documentId: key.startsWith('L') ? left : right, claimId: claim[key], stance }))).id;
  const pair = (who: Actor, l: string, r: string, relation: string) => must(act('pairItems', who, { leftItemId: l, rightItemId: r, relation }));

  beforeAll(async () => {
    c = await openApi(open);
    [left, right, outside] = [(await makeDocument(c.db, leftText)).id, (await makeDocument(c.db, rightText)).id, (await makeDocument(c.db, 'Nothing to do with trams.')).id];
    const accepted = async (key: string, doc: string, text: string, needle: string) => {
      const { start, end } = at(text, needle);
      const made = await makeAutoClaim(c.db, doc, text, start, end);
      claim[key] = (await c.db.claim.update({ where: { id: made.id }, data: { status: 'accepted' } })).id;
    };
    await accepted('L1', left, leftText, 'The tram costs 40 million.');
    await accepted('L2', left, leftText, 'Critics say it is too much.');
    await accepted('R1', right, rightText, 'The tram costs 55 million.');
    await accepted('R2', right, rightText, 'Critics agree it is too much.');
    const { start, end } = at(leftText, 'The mayor is happy.');
    claim.suggested = (await makeAutoClaim(c.db, left, leftText, start, end)).id; // not accepted: not linkable
    [teacher, otherTeacher] = await Promise.all([makeUser(c.db, 'teacher'), makeUser(c.db, 'teacher')]);
    const cls = await must(act('createClass', teacher, { name: 'Compare class' }));
    const other = await must(act('createClass', otherTeacher, { name: 'Other class' }));
    classId = cls.id;
    const ids = [];
    for (const [who, code] of [['c1', cls.joinCode], ['c2', cls.joinCode], ['c3', other.joinCode]] as const) {
      ids.push(await enrolStudent(c.db, { code, userName: `${who}-${Date.now().toString(36)}`, password }));
    }
    const users = await c.db.user.findMany({ where: { id: { in: ids.map((i) => i.userId) } }, select: { id: true, role: true } });
    [s1, s2, s3] = ids.map((i) => users.find((u) => u.id === i.userId)!) as Actor[];
  });
  afterAll(() => closeApi(c));

  it('creates a comparison exercise on two documents with a typed question, which becomes a topic', async () => {
    expect(await act('createExercise', teacher, { classId, title: 'x', mode: 'compare', documentIds: [left], question: 'Is the tram too expensive?' })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(await act('createExercise', teacher, { classId, title: 'x', mode: 'compare', documentIds: [left, right] })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    const topicsBefore = await c.db.topic.count();
    exId = (await must(act('createExercise', teacher, { classId, title: 'Two reports', mode: 'compare', documentIds: [left, right], question: 'Is the tram too expensive?' }))).id;
    const stored = await c.db.exercise.findUniqueOrThrow({ where: { id: exId } });
    expect(stored).toMatchObject({ mode: 'compare', reference: 'teacher', documentIds: [left, right] });
    expect(await c.db.topic.count()).toBe(topicsBefore + 1);
    expect((await c.db.topic.findUniqueOrThrow({ where: { id: stored.questionTopicId! } })).question).toBe('Is the tram too expensive?');
    expect(await act('createExercise', s1, { classId, title: 'x', mode: 'compare', documentIds: [left, right], question: 'Q?' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('the teacher answers; students link items blind and only from the two documents', async () => {
    item.tL1 = await linkClaim(teacher, 'L1', 'neutral');
    item.tL2 = await linkClaim(teacher, 'L2', 'opposes');
    item.tR1 = await linkClaim(teacher, 'R1', 'neutral');
    item.tR2 = await linkClaim(teacher, 'R2', 'opposes');
    await pair(teacher, item.tL1, item.tR1, 'number-changed');
    await pair(teacher, item.tL2, item.tR2, 'agree');

    // s1: three claims (one stance wrong) and an own span nobody else has; pairs one right, one unscorable.
    item.L1 = await linkClaim(s1, 'L1', 'neutral');
    item.L2 = await linkClaim(s1, 'L2', 'opposes');
    item.R1 = await linkClaim(s1, 'R1', 'supports');
    item.weather = (await must(act('linkItem', s1, { exerciseId: exId, documentId: right, ...at(rightText, 'Weather was fine.'), stance: 'neutral' }))).id;
    await pair(s1, item.L1, item.R1, 'number-changed');
    await pair(s1, item.L2, item.weather, 'related');

    // Outside the exercise's documents, a claim of the other document, an unaccepted claim, a span past the text.
    expect(await act('linkItem', s1, { exerciseId: exId, documentId: outside, start: 0, end: 7, stance: 'neutral' })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(await act('linkItem', s1, { exerciseId: exId, documentId: left, claimId: claim.R1, stance: 'neutral' })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(await act('linkItem', s1, { exerciseId: exId, documentId: left, claimId: claim.suggested, stance: 'neutral' })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(await act('linkItem', s1, { exerciseId: exId, documentId: left, start: 0, end: leftText.length + 3, stance: 'neutral' })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(await act('linkItem', s1, { exerciseId: exId, documentId: left, claimId: claim.L1, stance: 'maybe' })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    // Left must be left, right must be right; the relation comes from the engine's vocabulary.
    expect(await act('pairItems', s1, { leftItemId: item.R1, rightItemId: item.L1, relation: 'agree' })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(await act('pairItems', s1, { leftItemId: item.L1, rightItemId: item.R1, relation: 'only-left' })).toMatchObject({ ok: false, code: 'BAD_INPUT' });

    // s2 sees none of it, cannot touch it, cannot pair with it.
    const s2View = await showComparison(c.db, s2, exId);
    expect(s2View.work).toEqual({ items: [], pairs: [] });
    expect(s2View.reference).toBeNull();
    for (const id of [item.L1, item.tL1]) expect(JSON.stringify(s2View)).not.toContain(id);
    expect(s2View.claims.map((x) => x.id).sort()).toEqual([claim.L1, claim.L2, claim.R1, claim.R2].sort());
    expect(await act('unlinkItem', s2, { itemId: item.L1 })).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    // s2: an own span inside L1, and L2, R1, R2 as claims (R2's stance wrong); one relation wrong.
    item.s2L1 = (await must(act('linkItem', s2, { exerciseId: exId, documentId: left, ...at(leftText, 'costs 40 million'), stance: 'neutral' }))).id;
    item.s2L2 = await linkClaim(s2, 'L2', 'opposes');
    item.s2R1 = await linkClaim(s2, 'R1', 'neutral');
    item.s2R2 = await linkClaim(s2, 'R2', 'supports');
    expect(await act('pairItems', s2, { leftItemId: item.s2L1, rightItemId: item.R1, relation: 'agree' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await pair(s2, item.s2L1, item.s2R1, 'contradict');
    await pair(s2, item.s2L2, item.s2R2, 'agree');

    // Another class's student sees nothing of the exercise.
    await expect(showComparison(c.db, s3, exId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await act('linkItem', s3, { exerciseId: exId, documentId: left, claimId: claim.L1, stance: 'neutral' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('submits once; no results for anyone before the reveal', async () => {
    await expect(comparisonResults(c.db, teacher, exId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(comparisonResults(c.db, s1, exId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const s of [s1, s2]) expect(await act('submitExercise', s, { exerciseId: exId })).toMatchObject({ ok: true });
    expect(await act('submitExercise', s1, { exerciseId: exId })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await act('linkItem', s1, { exerciseId: exId, documentId: right, claimId: claim.R2, stance: 'opposes' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await act('pairItems', s1, { leftItemId: item.L1, rightItemId: item.R1, relation: 'agree' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await act('unlinkItem', s1, { itemId: item.weather })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await showComparison(c.db, s1, exId)).canEdit).toBe(false);
  });

  it('scores against the teacher’s answer as computed by hand', async () => {
    expect(await act('revealExercise', s1, { exerciseId: exId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await must(act('revealExercise', teacher, { exerciseId: exId }));
    await expect(comparisonResults(c.db, s1, exId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(comparisonResults(c.db, otherTeacher, exId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const r = await comparisonResults(c.db, teacher, exId);
    const [a, b] = [r.students.find((s) => s.id === s1.id)!, r.students.find((s) => s.id === s2.id)!];
    // s1: 3 of 4 reference items found, 1 extra → P = R = F1 = 3/4; stance 2 of 3 matched; relation 1 of 1 scorable pair.
    expect(a.links).toEqual({ tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(a.stance).toEqual({ compared: 3, correct: 2, accuracy: 2 / 3 });
    expect(a.relation).toEqual({ compared: 1, correct: 1, accuracy: 1, referencePairs: 2 });
    // s2: all 4 found (the own span overlaps L1); stance 3 of 4; relation 1 of 2.
    expect(b.links).toEqual({ tp: 4, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(b.stance).toEqual({ compared: 4, correct: 3, accuracy: 0.75 });
    expect(b.relation).toEqual({ compared: 2, correct: 1, accuracy: 0.5, referencePairs: 2 });
    // Relation: one pair both rated (number-changed vs contradict) → Do = De = 1, alpha 0.
    expect(r.agreement.relation).toMatchObject({ alpha: 0, units: 1, pairable: 2 });
    // Stance: L1 (n, n), L2 (o, o), R1 (s, n) → Do = 1/3, De = 22/30, alpha = 1 − 5/11.
    expect(r.agreement.stance.units).toBe(3);
    expect(r.agreement.stance.alpha).toBeCloseTo(6 / 11, 12);
    const csv = comparisonCsv(r).split('\n');
    expect(csv[0]).toBe('student,items,pairs,link_precision,link_recall,link_f1,items_matched,items_missed,items_extra,stance_accuracy,relation_accuracy,pairs_matched,reference_pairs,class_alpha_relation,class_alpha_stance');
    expect(csv.find((l) => l.startsWith('c1-'))).toMatch(/,4,2,0\.750,0\.750,0\.750,3,1,1,0\.667,1\.000,1,2,0\.000,0\.545$/);
  });

  it('after the reveal a student sees their work and the teacher’s answer, never a classmate’s', async () => {
    const v = await showComparison(c.db, s2, exId);
    expect(v.work.items).toHaveLength(4);
    expect(v.reference?.items.map((i) => i.id).sort()).toEqual([item.tL1, item.tL2, item.tR1, item.tR2].sort());
    for (const id of [item.L1, item.L2, item.R1, item.weather]) expect(JSON.stringify(v)).not.toContain(id);
  });

  it('housekeeping: rename, remove a student (their work goes), delete an exercise — teacher only', async () => {
    expect(await act('renameClass', s1, { classId, name: 'Mine' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await act('renameClass', otherTeacher, { classId, name: 'Mine' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await must(act('renameClass', teacher, { classId, name: 'Renamed class' }))).toMatchObject({ name: 'Renamed class' });
    expect(await must(act('renameExercise', teacher, { exerciseId: exId, title: 'Two tram reports' }))).toMatchObject({ title: 'Two tram reports' });
    expect(await act('removeMember', teacher, { classId, userId: s3.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await must(act('removeMember', teacher, { classId, userId: s1.id }));
    await expect(showClass(c.db, s1, classId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await c.db.comparisonItem.count({ where: { submission: { studentId: s1.id } } })).toBe(0);
    expect((await comparisonResults(c.db, teacher, exId)).students.map((s) => s.id)).toEqual([s2.id]);
    expect(await act('deleteExercise', s2, { exerciseId: exId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await must(act('deleteExercise', teacher, { exerciseId: exId }));
    expect(await c.db.submission.count({ where: { exerciseId: exId } })).toBe(0);
    expect(await c.db.comparisonPair.count({ where: { submission: { exerciseId: exId } } })).toBe(0);
    await must(act('deleteClass', teacher, { classId }));
    expect(await c.db.class.count({ where: { id: classId } })).toBe(0);
    expect(await c.db.user.count({ where: { id: s2.id } })).toBe(1);
  });
});
