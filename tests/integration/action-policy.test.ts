import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { policy, type Actor } from '../../lib/auth/policy.ts';
import { hasRole } from '../../lib/auth/roles.ts';
import { actionDefs } from '../../lib/actions/action-defs.ts';
import { topicActionDefs } from '../../lib/actions/topic-action-defs.ts';
import { documentActionDefs } from '../../lib/actions/document-action-defs.ts';
import { tokenActionDefs } from '../../lib/actions/token-action-defs.ts';
import { teachingActionDefs } from '../../lib/actions/teaching-action-defs.ts';
import { createClass } from '../../lib/services/teaching/create-class.ts';
import { createApiToken } from '../../lib/services/create-api-token.ts';
import { InProcessQueue } from '../../lib/jobs/in-process-queue.ts';
import { setJobQueue, stopJobQueue } from '../../lib/jobs/runtime.ts';
import { executeAction, type ActionDef } from '../../lib/actions/run-action.ts';
import { createClaim } from '../../lib/services/create-claim.ts';
import { testTargets, type TestDatabase } from './databases.ts';
import { makeDocument, makeTopic, makeUser, makeUsers, tableCounts } from './claim-fixtures.ts';

// Walks every mutating action (server actions and REST routes share these definitions) against
// every role, through the same executeAction the server actions use, on a real database.

const allDefs: Record<string, ActionDef<unknown>> = { ...actionDefs, ...topicActionDefs, ...documentActionDefs, ...tokenActionDefs, ...teachingActionDefs };
const roleNames = ['anonymous', 'viewer', 'annotator', 'editor', 'admin'] as const;
type RoleName = (typeof roleNames)[number];
type Ctx = { t: TestDatabase; users: Awaited<ReturnType<typeof makeUsers>>; docId: string; docB: string };
type Fixture = (ctx: Ctx, actor: Actor | null) => Promise<unknown>;

/** A class the actor teaches when they can teach, else the editor's; with an exercise the teacher annotates. */
async function teachingExercise(ctx: Ctx, actor: Actor | null, mode: 'annotate' | 'compare' = 'annotate') {
  const teacher = actor && hasRole(actor.role, 'teacher') ? actor : ctx.users.editor;
  const cls = await createClass(ctx.t.db, teacher, { name: 'A class' });
  const documentIds = mode === 'compare' ? [ctx.docId, ctx.docB] : [ctx.docId];
  const exercise = await ctx.t.db.exercise.create({ data: { classId: cls.id, title: 'An exercise', documentIds, fields: mode === 'compare' ? [] : ['kind'], topicIds: [], reference: 'teacher', mode } });
  return { cls, exercise, teacher };
}

/** A comparison exercise with a left and a right item of the teacher's own answer. */
async function comparisonItems(ctx: Ctx, actor: Actor | null) {
  const { exercise, teacher } = await teachingExercise(ctx, actor, 'compare');
  const submission = await ctx.t.db.submission.create({ data: { exerciseId: exercise.id, studentId: teacher.id } });
  const item = (documentId: string) => ctx.t.db.comparisonItem.create({ data: { submissionId: submission.id, documentId, start: 0, end: 10, quote: 'x', stance: 'neutral' } });
  return { submissionId: submission.id, left: (await item(ctx.docId)).id, right: (await item(ctx.docB)).id };
}

// Teaching actions the policy lets through but the membership rules refuse with FORBIDDEN:
// only student accounts join classes, and only students submit (the walked roles are not students).
const membershipRefusals: Record<string, RoleName[]> = { joinClass: ['viewer', 'annotator', 'editor', 'admin'], submitExercise: ['editor', 'admin'] };

/** The claim an action works on, owned by the actor when they could own one (ownership is tested elsewhere). */
async function ownClaim(ctx: Ctx, actor: Actor | null) {
  const owner = actor && hasRole(actor.role, 'annotator') ? actor : ctx.users.editor;
  return createClaim(ctx.t.db, owner, { documentId: ctx.docId, start: 0, end: 20 });
}

const fixtures: Record<string, Fixture> = {
  createClaim: async (c) => ({ documentId: c.docId, start: 0, end: 20 }),
  updateClaim: async (c, a) => ({ id: (await ownClaim(c, a)).id, version: 1, kind: 'quote' }),
  deleteClaim: async (c, a) => ({ id: (await ownClaim(c, a)).id, version: 1 }),
  restoreClaim: async (c, a) => {
    const claim = await ownClaim(c, a);
    await c.t.db.claim.update({ where: { id: claim.id }, data: { deletedAt: new Date() } });
    return { id: claim.id, version: 1 };
  },
  restoreClaimRevision: async (c, a) => {
    const claim = await ownClaim(c, a);
    const rev = await c.t.db.revision.findFirstOrThrow({ where: { entityId: claim.id } });
    return { claimId: claim.id, revisionId: rev.id, version: 1 };
  },
  setClaimStatus: async (c, a) => ({ items: [{ id: (await ownClaim(c, a)).id, version: 1 }], status: 'accepted', comment: 'ok' }),
  setClaimRating: async (c, a) => ({ id: (await ownClaim(c, a)).id, version: 1, rating: 2 }),
  assignClaim: async (c, a) => ({ id: (await ownClaim(c, a)).id, version: 1, assigneeId: c.users.editor.id }),
  assignLink: async (c, a) => {
    const link = await c.t.db.claimTopic.create({ data: { claimId: (await ownClaim(c, a)).id, topicId: (await makeTopic(c.t.db)).id } });
    return { id: link.id, version: 1, assigneeId: c.users.editor.id };
  },
  linkClaimTopic: async (c, a) => ({ claimId: (await ownClaim(c, a)).id, topicId: (await makeTopic(c.t.db)).id, stance: 'supports' }),
  unlinkClaimTopic: async (c, a) => {
    const link = await c.t.db.claimTopic.create({ data: { claimId: (await ownClaim(c, a)).id, topicId: (await makeTopic(c.t.db)).id } });
    return { linkId: link.id };
  },
  setLinkStatus: async (c, a) => {
    const link = await c.t.db.claimTopic.create({ data: { claimId: (await ownClaim(c, a)).id, topicId: (await makeTopic(c.t.db)).id } });
    return { items: [{ id: link.id, version: 1 }], status: 'rejected' };
  },
  createComment: async (c, a) => ({ claimId: (await ownClaim(c, a)).id, body: 'A comment' }),
  createUser: async () => ({ email: `new-${randomUUID().slice(0, 8)}@test.local`, role: 'viewer', password: 'long-enough-password' }),
  setUserRole: async (c) => ({ userId: (await makeUser(c.t.db, 'viewer')).id, role: 'annotator' }),
  revokeUserSessions: async (c) => ({ userId: (await makeUser(c.t.db, 'viewer')).id }),
  setPublicRead: async () => ({ enabled: false }),
  createTopic: async () => ({ label: `Topic ${randomUUID().slice(0, 6)}` }),
  renameTopic: async (c) => ({ id: (await makeTopic(c.t.db)).id, version: 1, label: 'Renamed topic' }),
  mergeTopics: async (c) => ({ targetId: (await makeTopic(c.t.db)).id, sourceIds: [(await makeTopic(c.t.db)).id] }),
  deleteTopic: async (c) => ({ id: (await makeTopic(c.t.db)).id, version: 1 }),
  suggestTopics: async (c) => [c.docId, c.docB],
  previewDocuments: async () => ({ items: [{ kind: 'text', name: 'pasted text', text: 'The mayor said the tram costs 40 million euros.' }] }),
  saveDocuments: async () => ({ items: [{ source: { kind: 'text', name: 'pasted text', text: `The mayor said the tram costs ${randomUUID()}.` }, meta: {} }] }),
  updateDocument: async (c) => ({ id: (await makeDocument(c.t.db)).id, version: 1, title: 'Renamed document' }),
  deleteDocument: async (c) => ({ id: (await makeDocument(c.t.db)).id, version: 1 }),
  createApiToken: async () => ({ name: 'A script' }),
  revokeApiToken: async (c, a) => ({ id: (await createApiToken(c.t.db, a ?? c.users.editor, { name: 'To revoke' })).id }),
  revokeUserApiTokens: async (c) => {
    const user = await makeUser(c.t.db, 'viewer');
    await createApiToken(c.t.db, user, { name: 'Leaked' });
    return { userId: user.id };
  },
  createClass: async () => ({ name: 'Media literacy 9b' }),
  joinClass: async (c) => ({ code: (await teachingExercise(c, null)).cls.joinCode }),
  createExercise: async (c, a) => ({ classId: (await teachingExercise(c, a)).cls.id, title: 'Find the claims', documentIds: [c.docId] }),
  addAnnotation: async (c, a) => ({ exerciseId: (await teachingExercise(c, a)).exercise.id, documentId: c.docId, start: 0, end: 20, kind: 'factual' }),
  removeAnnotation: async (c, a) => {
    const { exercise, teacher } = await teachingExercise(c, a);
    const submission = await c.t.db.submission.create({ data: { exerciseId: exercise.id, studentId: teacher.id } });
    const annotation = await c.t.db.studentAnnotation.create({ data: { submissionId: submission.id, documentId: c.docId, start: 0, end: 20, quote: 'x' } });
    return { annotationId: annotation.id };
  },
  submitExercise: async (c, a) => ({ exerciseId: (await teachingExercise(c, a)).exercise.id }),
  revealExercise: async (c, a) => ({ exerciseId: (await teachingExercise(c, a)).exercise.id }),
  linkItem: async (c, a) => ({ exerciseId: (await teachingExercise(c, a, 'compare')).exercise.id, documentId: c.docId, start: 0, end: 20, stance: 'neutral' }),
  unlinkItem: async (c, a) => ({ itemId: (await comparisonItems(c, a)).left }),
  pairItems: async (c, a) => {
    const { left, right } = await comparisonItems(c, a);
    return { leftItemId: left, rightItemId: right, relation: 'agree' };
  },
  unpairItems: async (c, a) => {
    const { left, right, submissionId } = await comparisonItems(c, a);
    return { pairId: (await c.t.db.comparisonPair.create({ data: { submissionId, leftItemId: left, rightItemId: right, relation: 'agree' } })).id };
  },
  renameClass: async (c, a) => ({ classId: (await teachingExercise(c, a)).cls.id, name: 'Renamed' }),
  deleteClass: async (c, a) => ({ classId: (await teachingExercise(c, a)).cls.id }),
  removeMember: async (c, a) => {
    const { cls } = await teachingExercise(c, a);
    const student = await makeUser(c.t.db, 'student');
    await c.t.db.classMember.create({ data: { classId: cls.id, userId: student.id } });
    return { classId: cls.id, userId: student.id };
  },
  renameExercise: async (c, a) => ({ exerciseId: (await teachingExercise(c, a)).exercise.id, title: 'Renamed' }),
  deleteExercise: async (c, a) => ({ exerciseId: (await teachingExercise(c, a)).exercise.id }),
  retryExtraction: async (c) => {
    const doc = await makeDocument(c.t.db, `The mayor said the tram costs ${randomUUID()}.`);
    await c.t.db.document.update({ where: { id: doc.id }, data: { extractionStatus: 'failed', extractionError: 'broken' } });
    return { documentId: doc.id };
  },
};

const cases = Object.keys(allDefs).flatMap((name) => roleNames.map((role) => [name, role] as [string, RoleName]));

describe.each(testTargets)('every mutating action × role on $name', ({ open }) => {
  const ctx = {} as Ctx;
  beforeAll(async () => {
    ctx.t = await open();
    await applyMigrations(ctx.t.url);
    setJobQueue(new InProcessQueue()); // jobs sent by the document actions wait in memory
    ctx.users = await makeUsers(ctx.t.db);
    ctx.docId = (await makeDocument(ctx.t.db)).id;
    ctx.docB = (await makeDocument(ctx.t.db, 'The minister said the budget grows by 3 percent next year.')).id;
  });
  afterAll(async () => {
    await stopJobQueue();
    await ctx.t?.dispose();
  });

  it('the policy table, the action definitions and the fixtures cover each other', () => {
    expect(Object.keys(allDefs).map((k) => allDefs[k].name).sort()).toEqual(Object.keys(policy).sort());
    expect(Object.keys(fixtures).sort()).toEqual(Object.keys(allDefs).sort());
  });

  it('every exported server action is one of the walked definitions', async () => {
    const modules = [await import('../../lib/actions/claims.ts'), await import('../../lib/actions/topics.ts'), await import('../../lib/actions/documents.ts'), await import('../../lib/actions/api-tokens.ts'), await import('../../lib/actions/teaching.ts')];
    const exported = modules.flatMap((m) => Object.keys(m)).map((n) => n.replace(/Action$/, ''));
    expect(exported.length).toBeGreaterThanOrEqual(Object.keys(allDefs).length);
    for (const name of exported) expect(allDefs, `${name}Action has no policy-checked definition`).toHaveProperty(name);
  });

  it.each(cases)('%s as %s', async (name, role) => {
    const actor = role === 'anonymous' ? null : ctx.users[role];
    const input = await fixtures[name](ctx, actor);
    const before = await tableCounts(ctx.t.db);
    const result = await executeAction(allDefs[name], actor, input, async () => ctx.t.db);
    const allowed = actor !== null && hasRole(actor.role, policy[allDefs[name].name]);
    if (!allowed || membershipRefusals[name]?.includes(role)) {
      expect(result).toMatchObject({ ok: false, code: actor ? 'FORBIDDEN' : 'UNAUTHENTICATED' });
      expect(await tableCounts(ctx.t.db)).toEqual(before);
    } else if (name in actionDefs || name in documentActionDefs || name in tokenActionDefs) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    } else {
      // Topic and teaching actions: the fixture may not satisfy every business rule (a non-member
      // gets NOT_FOUND from the class checks); the policy must let them through.
      expect(result.ok || !['FORBIDDEN', 'UNAUTHENTICATED'].includes(result.code), JSON.stringify(result)).toBe(true);
    }
  });
});
