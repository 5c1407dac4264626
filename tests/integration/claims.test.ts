import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { createClaim } from '../../lib/services/create-claim.ts';
import { updateClaim } from '../../lib/services/update-claim.ts';
import { deleteClaim, restoreClaim } from '../../lib/services/delete-claim.ts';
import { setClaimStatus } from '../../lib/services/set-claim-status.ts';
import { restoreClaimRevision } from '../../lib/services/restore-claim-revision.ts';
import { linkClaimTopic } from '../../lib/services/link-claim-topic.ts';
import { unlinkClaimTopic } from '../../lib/services/unlink-claim-topic.ts';
import { createComment } from '../../lib/services/create-comment.ts';
import { listComments } from '../../lib/db/queries/comments.ts';
import { ClaimConflictError } from '../../lib/services/claim-locking.ts';
import { listClaimHistory } from '../../lib/db/queries/claims.ts';
import { testTargets, type TestDatabase } from './databases.ts';
import { makeAutoClaim, makeDocument, makeTopic, makeUsers, sampleText, tableCounts } from './claim-fixtures.ts';

describe.each(testTargets)('claim editing on $name', ({ open }) => {
  let t: TestDatabase;
  let users: Awaited<ReturnType<typeof makeUsers>>;
  let docId: string;
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
    users = await makeUsers(t.db);
    docId = (await makeDocument(t.db)).id;
  });
  afterAll(async () => t?.dispose());

  const revisionsOf = (id: string) => t.db.revision.findMany({ where: { entityType: 'claim', entityId: id }, orderBy: { createdAt: 'asc' } });

  it('creates a human claim with quote, context and a create revision', async () => {
    const claim = await createClaim(t.db, users.annotator, { documentId: docId, start: 4, end: 55, kind: 'reported', speaker: 'The mayor' });
    expect(claim).toMatchObject({ text: sampleText.slice(4, 55), origin: 'human', status: 'suggested', createdById: users.annotator.id, version: 1, prefix: 'The ' });
    expect(claim.suffix).toBe(sampleText.slice(55, 87));
    const revs = await revisionsOf(claim.id);
    expect(revs.map((r) => r.action)).toEqual(['create']);
    expect(revs[0].userId).toBe(users.annotator.id);
  });

  it('records update, delete, restore and status revisions with before and after', async () => {
    const c = await createClaim(t.db, users.annotator, { documentId: docId, start: 0, end: 55 });
    const u = await updateClaim(t.db, users.annotator, { id: c.id, version: 1, kind: 'quote', end: 56, quantities: [{ text: '40 million euros', value: 40e6, unit: 'EUR' }] });
    expect(u).toMatchObject({ kind: 'quote', end: 56, version: 2, text: sampleText.slice(0, 56) });
    expect(u.quantities).toHaveLength(1);
    const d = await deleteClaim(t.db, users.annotator, { id: c.id, version: 2 });
    expect(d.deletedAt).not.toBeNull();
    const r = await restoreClaim(t.db, users.annotator, { id: c.id, version: 3 });
    expect(r.deletedAt).toBeNull();
    await setClaimStatus(t.db, users.editor, { items: [{ id: c.id, version: 4 }], status: 'accepted', comment: 'checked the source' });
    const revs = await revisionsOf(c.id);
    expect(revs.map((x) => x.action)).toEqual(['create', 'update', 'delete', 'restore', 'status']);
    expect(revs[1].before).toMatchObject({ kind: 'factual', end: 55 });
    expect(revs[1].after).toMatchObject({ kind: 'quote', end: 56 });
    expect(revs[4]).toMatchObject({ comment: 'checked the source', userId: users.editor.id });
    expect(revs[4].after).toMatchObject({ status: 'accepted', version: 5 });
    expect(await t.db.comment.count({ where: { claimId: c.id } })).toBe(1);
  });

  it('restores an older version as a new revision', async () => {
    const c = await createClaim(t.db, users.annotator, { documentId: docId, start: 0, end: 55, kind: 'factual' });
    await updateClaim(t.db, users.annotator, { id: c.id, version: 1, kind: 'prediction', speaker: 'Someone' });
    const [created] = await revisionsOf(c.id);
    const restored = await restoreClaimRevision(t.db, users.annotator, { claimId: c.id, revisionId: created.id, version: 2 });
    expect(restored).toMatchObject({ kind: 'factual', speaker: null, version: 3 });
    const actions = (await revisionsOf(c.id)).map((r) => r.action);
    expect(actions).toEqual(['create', 'update', 'restore']);
  });

  it('refuses a stale version with a conflict carrying the current value, and loses nothing', async () => {
    const c = await createClaim(t.db, users.annotator, { documentId: docId, start: 0, end: 55 });
    await updateClaim(t.db, users.editor, { id: c.id, version: 1, speaker: 'Editor wins' });
    const before = await tableCounts(t.db);
    const err = await updateClaim(t.db, users.annotator, { id: c.id, version: 1, speaker: 'Stale' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClaimConflictError);
    expect((err as ClaimConflictError).code).toBe('CONFLICT');
    expect((err as ClaimConflictError).current).toMatchObject({ id: c.id, speaker: 'Editor wins', version: 2 });
    expect(await tableCounts(t.db)).toEqual(before);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: c.id } })).speaker).toBe('Editor wins');
  });

  it('lets two concurrent saves at the same version through only once', async () => {
    const c = await createClaim(t.db, users.editor, { documentId: docId, start: 0, end: 55 });
    const results = await Promise.allSettled([
      updateClaim(t.db, users.editor, { id: c.id, version: 1, speaker: 'A' }),
      updateClaim(t.db, users.editor, { id: c.id, version: 1, speaker: 'B' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ClaimConflictError);
    expect((await revisionsOf(c.id)).map((r) => r.action)).toEqual(['create', 'update']);
  });

  it('a bulk status change with one stale item changes nothing', async () => {
    const a = await createClaim(t.db, users.editor, { documentId: docId, start: 0, end: 55 });
    const b = await createClaim(t.db, users.editor, { documentId: docId, start: 56, end: 86 });
    const before = await tableCounts(t.db);
    await expect(setClaimStatus(t.db, users.editor, { items: [{ id: a.id, version: 1 }, { id: b.id, version: 7 }], status: 'rejected' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await tableCounts(t.db)).toEqual(before);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: a.id } })).status).toBe('suggested');
  });

  it('editing an automatic claim marks it editedByHuman', async () => {
    const auto = await makeAutoClaim(t.db, docId, sampleText, 0, 55);
    const edited = await updateClaim(t.db, users.editor, { id: auto.id, version: 1, kind: 'evaluative' });
    expect(edited.editedByHuman).toBe(true);
  });

  it('records topic-link revisions in the claim history', async () => {
    const c = await createClaim(t.db, users.annotator, { documentId: docId, start: 0, end: 55 });
    const topic = await makeTopic(t.db);
    const link = await linkClaimTopic(t.db, users.annotator, { claimId: c.id, topicId: topic.id, stance: 'supports' });
    await linkClaimTopic(t.db, users.annotator, { claimId: c.id, topicId: topic.id, stance: 'opposes' });
    await unlinkClaimTopic(t.db, users.annotator, { linkId: link.id });
    const history = await listClaimHistory(t.db, c.id);
    expect(history.map((h) => `${h.entityType}:${h.action}`)).toEqual(['claimTopic:delete', 'claimTopic:update', 'claimTopic:create', 'claim:create']);
  });

  it('comments on claims and topics; a viewer cannot comment, a forged target is NOT_FOUND', async () => {
    const c = await createClaim(t.db, users.annotator, { documentId: docId, start: 0, end: 55 });
    const topic = await makeTopic(t.db, 'Commented');
    await createComment(t.db, users.annotator, { claimId: c.id, body: 'Source?' });
    await createComment(t.db, users.editor, { topicId: topic.id, body: 'Merge with the budget topic?' });
    expect((await listComments(t.db, { claimId: c.id })).map((x) => x.body)).toEqual(['Source?']);
    expect((await listComments(t.db, { topicId: topic.id })).map((x) => x.body)).toEqual(['Merge with the budget topic?']);
    const before = await tableCounts(t.db);
    await expect(createComment(t.db, users.viewer, { claimId: c.id, body: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createComment(t.db, users.editor, { topicId: 'forged', body: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createComment(t.db, users.editor, { claimId: c.id, topicId: topic.id, body: 'x' })).rejects.toMatchObject({ name: 'ZodError' });
    expect(await tableCounts(t.db)).toEqual(before);
  });

  describe('forged ids and other users’ claims leave the database unchanged', () => {
    // Well-formed ids that match no row are NOT_FOUND; malformed ones (SQL, NUL) never reach a query.
    const forged = 'cmforgedid000000000000000';
    const malformed = "x' OR 1=1 --";
    const notFound = { code: 'NOT_FOUND' };
    const badInput = { name: 'ZodError' };
    it.each([
      ['update', () => updateClaim(t.db, users.editor, { id: forged, version: 1, kind: 'quote' }), notFound],
      ['delete', () => deleteClaim(t.db, users.editor, { id: forged, version: 1 }), notFound],
      ['status', () => setClaimStatus(t.db, users.editor, { items: [{ id: forged, version: 1 }], status: 'accepted' }), notFound],
      ['create on a forged document', () => createClaim(t.db, users.editor, { documentId: forged, start: 0, end: 5 }), notFound],
      ['link to a forged topic', async () => linkClaimTopic(t.db, users.editor, { claimId: (await t.db.claim.findFirstOrThrow()).id, topicId: forged, stance: 'neutral' }), notFound],
      ['update with a malformed id', () => updateClaim(t.db, users.editor, { id: malformed, version: 1, kind: 'quote' }), badInput],
      ['status with a malformed id', () => setClaimStatus(t.db, users.editor, { items: [{ id: malformed, version: 1 }], status: 'accepted' }), badInput],
      ['create on a malformed document id', () => createClaim(t.db, users.editor, { documentId: malformed, start: 0, end: 5 }), badInput],
      ['a span outside the text', () => createClaim(t.db, users.editor, { documentId: docId, start: 0, end: 99_999 }), { code: 'BAD_INPUT' }],
    ] as const)('%s', async (_name, run, expected) => {
      const before = await tableCounts(t.db);
      await expect(run()).rejects.toMatchObject(expected);
      expect(await tableCounts(t.db)).toEqual(before);
    });

    it('an annotator cannot edit, delete or link a claim someone else created', async () => {
      const other = await createClaim(t.db, users.editor, { documentId: docId, start: 0, end: 55 });
      const topic = await makeTopic(t.db, 'Other');
      const before = await tableCounts(t.db);
      await expect(updateClaim(t.db, users.annotator, { id: other.id, version: 1, kind: 'quote' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(deleteClaim(t.db, users.annotator, { id: other.id, version: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(linkClaimTopic(t.db, users.annotator, { claimId: other.id, topicId: topic.id, stance: 'neutral' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await tableCounts(t.db)).toEqual(before);
      expect(await t.db.claim.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ kind: 'factual', version: 1, deletedAt: null });
    });
  });
});
