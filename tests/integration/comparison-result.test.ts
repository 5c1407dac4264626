import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { importDocument } from '../../lib/services/import-document.ts';
import { prepareImports } from '../../lib/services/import-files.ts';
import { compareWithSuggestions } from '../../lib/services/compare-prepared.ts';
import { compareDocuments } from '../../lib/services/compare-documents.ts';
import { getComparisonView } from '../../lib/db/queries/comparison-view.ts';
import { comparisonFingerprint, currentStoredComparison } from '../../lib/db/queries/comparison-result.ts';
import { renameTopic } from '../../lib/services/rename-topic.ts';
import { setLinkStatus } from '../../lib/services/set-link-status.ts';
import { updateClaim } from '../../lib/services/update-claim.ts';
import { deleteDocument } from '../../lib/services/delete-document.ts';
import { makeUsers } from './claim-fixtures.ts';
import { testTargets, type TestDatabase } from './databases.ts';

// A comparison is computed once and read from ComparisonResult while its inputs are unchanged;
// any edit of an input (claim, link review, topic rename, lexicon) shows on the next read.

const fixtures = [path.resolve('tests/fixtures/compare')];

describe.each(testTargets)('stored comparison results on $name', ({ open }) => {
  let t: TestDatabase;
  let users: Awaited<ReturnType<typeof makeUsers>>;
  let a: string, b: string;
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
    users = await makeUsers(t.db);
    const ids: string[] = [];
    for (const input of await prepareImports(fixtures, {})) ids.push((await importDocument(t.db, input)).id);
    [a, b] = ids;
  });
  afterAll(async () => t?.dispose());

  it('stores the table on the first comparison and reads it back unchanged', async () => {
    expect(await currentStoredComparison(t.db, [a, b])).toBeNull();
    const first = await compareWithSuggestions(t.db, [a, b]);
    expect(first.suggestions.recomputed).toBe(true);
    const stored = await currentStoredComparison(t.db, [b, a]);
    expect(stored).toEqual(first.table);
    expect(stored!.documents[0].publishedAt).toBeInstanceOf(Date);
    expect(await compareDocuments(t.db, [a, b])).toEqual(stored);
    expect((await compareWithSuggestions(t.db, [b, a])).suggestions).toEqual({ recomputed: false });
    // The fingerprint is stable while nothing changes.
    expect(await comparisonFingerprint(t.db, [a, b])).toBe(await comparisonFingerprint(t.db, [b, a]));
  });

  it('shows a topic rename at once', async () => {
    const { table } = await compareWithSuggestions(t.db, [a, b]);
    const row = table.rows.find((r) => r.topic.id)!;
    const topic = await t.db.topic.findUniqueOrThrow({ where: { id: row.topic.id } });
    await renameTopic(t.db, users.editor, { id: topic.id, version: topic.version, label: 'Renamed by an editor' });
    expect(await currentStoredComparison(t.db, [a, b])).toBeNull();
    const again = await compareWithSuggestions(t.db, [a, b]);
    expect(again.table.rows.find((r) => r.topic.id === topic.id)?.topic.label).toBe('Renamed by an editor');
  });

  it('shows a link review at once: accepted in the view, rejected gone from the table', async () => {
    const { table } = await compareWithSuggestions(t.db, [a, b]);
    const row = table.rows.find((r) => r.topic.id && r.cells.flat().length >= 2)!;
    const claimId = row.cells.flat()[0].id;
    const link = await t.db.claimTopic.findUniqueOrThrow({ where: { claimId_topicId: { claimId, topicId: row.topic.id! } } });
    await setLinkStatus(t.db, users.editor, { items: [{ id: link.id, version: link.version }], status: 'accepted' });
    const view = await getComparisonView(t.db, [a, b]);
    const cell = view.rows.find((r) => r.topic.id === row.topic.id)!.cells.flat().find((c) => c.id === claimId)!;
    expect(cell).toMatchObject({ linkId: link.id, linkStatus: 'accepted', linkVersion: link.version + 1 });

    await setLinkStatus(t.db, users.editor, { items: [{ id: link.id, version: link.version + 1 }], status: 'rejected' });
    const after = await compareWithSuggestions(t.db, [a, b]);
    const cells = after.table.rows.find((r) => r.topic.id === row.topic.id)?.cells.flat() ?? [];
    expect(cells.map((c) => c.id)).not.toContain(claimId);
  });

  it('shows a claim edit and a lexicon edit at once', async () => {
    const claimId = (await compareWithSuggestions(t.db, [a, b])).table.rows.flatMap((r) => r.cells.flat())[0].id;
    const claim = await t.db.claim.findUniqueOrThrow({ where: { id: claimId } });
    await updateClaim(t.db, users.editor, { id: claim.id, version: claim.version, speaker: 'A speaker set by hand' });
    const edited = await compareWithSuggestions(t.db, [a, b]);
    expect(edited.table.rows.flatMap((r) => r.cells.flat()).filter((c) => c.id === claimId).every((c) => c.speaker === 'A speaker set by hand')).toBe(true);

    const before = await comparisonFingerprint(t.db, [a, b]);
    const group = await t.db.conceptGroup.findFirstOrThrow();
    await t.db.$executeRaw`UPDATE "ConceptGroup" SET weight = weight + 1 WHERE id = ${group.id}`;
    expect(await comparisonFingerprint(t.db, [a, b])).not.toBe(before);
    expect(await currentStoredComparison(t.db, [a, b])).toBeNull();
  });

  it('forgets the stored tables of a deleted document', async () => {
    await compareWithSuggestions(t.db, [a, b]);
    expect(await t.db.comparisonResult.count()).toBe(1);
    const doc = await t.db.document.findUniqueOrThrow({ where: { id: a } });
    await deleteDocument(t.db, users.admin, { id: a, version: doc.version });
    expect(await t.db.comparisonResult.count()).toBe(0);
  });
});
