import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { importDocument } from '../../lib/services/import-document.ts';
import { createClaim } from '../../lib/services/create-claim.ts';
import { updateClaim } from '../../lib/services/update-claim.ts';
import { updateDocumentText } from '../../lib/services/update-document-text.ts';
import { testTargets, type TestDatabase } from './databases.ts';
import { makeUsers } from './claim-fixtures.ts';

const original = [
  'The city council approved the new tram line on Tuesday.',
  'The mayor said the project will cost 40 million euros and will be finished by 2027.',
  'Critics argue that the budget is far too optimistic.',
  'According to the transport agency, ridership will double within five years.',
].join(' ');

describe.each(testTargets)('re-anchoring after a text change on $name', ({ open }) => {
  let t: TestDatabase;
  let users: Awaited<ReturnType<typeof makeUsers>>;
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
    users = await makeUsers(t.db);
  });
  afterAll(async () => t?.dispose());

  it('moves human and edited claims, orphans vanished quotes, re-extracts the rest in one go', async () => {
    const { id: docId } = await importDocument(t.db, { text: original, meta: { title: 'Tram', authors: [], language: 'en', kind: 'article' }, name: 'tram.txt' });
    const autoBefore = await t.db.claim.findMany({ where: { documentId: docId, origin: 'auto' } });
    expect(autoBefore.length).toBeGreaterThan(1);

    const critics = original.indexOf('Critics argue');
    const human = await createClaim(t.db, users.annotator, { documentId: docId, start: critics, end: critics + 'Critics argue that the budget is far too optimistic.'.length });
    const ridership = original.indexOf('ridership will double');
    const doomed = await createClaim(t.db, users.annotator, { documentId: docId, start: ridership, end: ridership + 'ridership will double'.length });
    const mayorAuto = autoBefore.find((c) => c.text.includes('40 million'));
    expect(mayorAuto).toBeDefined();
    const edited = await updateClaim(t.db, users.editor, { id: mayorAuto!.id, version: mayorAuto!.version, speaker: 'The mayor (checked)' });
    // An automatic claim whose topic link an editor accepted counts as touched, too.
    const linkedAuto = autoBefore.find((c) => c.id !== mayorAuto!.id)!;
    const topic = await t.db.topic.create({ data: { label: 'Tram', concepts: [] } });
    await t.db.claimTopic.create({ data: { claimId: linkedAuto.id, topicId: topic.id, status: 'accepted' } });
    const untouched = autoBefore.filter((c) => c.id !== mayorAuto!.id && c.id !== linkedAuto.id).map((c) => c.id);
    const editedQuantities = await t.db.quantity.findMany({ where: { claimId: edited.id }, orderBy: { start: 'asc' } });

    const inserted = 'BREAKING: A short new introduction was added here. ';
    const next = inserted + original.replace('ridership will double', 'ridership may grow');
    const result = await updateDocumentText(t.db, { documentId: docId, text: next, userId: users.editor.id });
    expect(result).toMatchObject({ status: 'updated', reanchored: 3, orphaned: 1 });
    const l = await t.db.claim.findUniqueOrThrow({ where: { id: linkedAuto.id } });
    expect(next.slice(l.start, l.end)).toBe(l.text);
    expect(l.start).toBe(linkedAuto.start + inserted.length);

    const h = await t.db.claim.findUniqueOrThrow({ where: { id: human.id } });
    expect(h).toMatchObject({ start: human.start + inserted.length, end: human.end + inserted.length, orphaned: false, version: 2 });
    expect(next.slice(h.start, h.end)).toBe(h.text);
    expect(h.prefix).toBe(next.slice(h.start - 32, h.start));

    const e = await t.db.claim.findUniqueOrThrow({ where: { id: edited.id }, include: { quantities: { orderBy: { start: 'asc' } } } });
    expect(e).toMatchObject({ speaker: 'The mayor (checked)', editedByHuman: true, start: edited.start + inserted.length });
    expect(next.slice(e.start, e.end)).toBe(e.text);
    expect(e.quantities.map((q) => q.start)).toEqual(editedQuantities.map((q) => q.start + inserted.length));

    // The vanished quote is kept, flagged, with a revision saying why: never silently dropped.
    const o = await t.db.claim.findUniqueOrThrow({ where: { id: doomed.id } });
    expect(o).toMatchObject({ orphaned: true, deletedAt: null, text: 'ridership will double' });
    const orphanRevision = await t.db.revision.findFirstOrThrow({ where: { entityId: doomed.id, action: 'update' } });
    expect(orphanRevision.comment).toMatch(/Orphaned/);
    expect(orphanRevision.after).toMatchObject({ orphaned: true });

    // Untouched automatic claims were replaced by a fresh extraction that does not duplicate kept ones.
    expect(await t.db.claim.count({ where: { id: { in: untouched } } })).toBe(0);
    const fresh = await t.db.claim.findMany({ where: { documentId: docId, origin: 'auto', id: { notIn: autoBefore.map((c) => c.id) } } });
    expect(fresh.length).toBeGreaterThan(0);
    for (const c of fresh) {
      expect(next.slice(c.start, c.end)).toBe(c.text);
      for (const kept of [h, e, l]) expect(c.start < kept.end && kept.start < c.end, `${c.text} overlaps ${kept.text}`).toBe(false);
    }
    expect((await t.db.document.findUniqueOrThrow({ where: { id: docId } })).text).toBe(next);
  });

  it('a second call with the same text changes nothing, and an unknown document is NOT_FOUND', async () => {
    const { id: docId } = await importDocument(t.db, { text: 'The minister said taxes will rise by 2 percent next year.', meta: { authors: [], language: 'en', kind: 'article' }, name: 'tax.txt' });
    const text = 'Update: The minister said taxes will rise by 2 percent next year.';
    await updateDocumentText(t.db, { documentId: docId, text });
    const revisions = await t.db.revision.count();
    expect(await updateDocumentText(t.db, { documentId: docId, text })).toMatchObject({ status: 'unchanged' });
    expect(await t.db.revision.count()).toBe(revisions);
    await expect(updateDocumentText(t.db, { documentId: 'nope', text })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
