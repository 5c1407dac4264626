import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { importDocument } from '../../lib/services/import-document.ts';
import { reextractAllDocuments } from '../../lib/services/extract-document-claims.ts';
import { ENGINE_VERSION } from '../../lib/engine/version.ts';
import { testTargets, type TestDatabase } from './databases.ts';

const text =
  'The council approved the budget of 12 million euros on Monday. Mayor Ann Lee said the plan "will create 300 jobs". ' +
  'Critics argue that the costs are far too high. According to the statistics office, unemployment fell to 5.2 percent in 2023. ' +
  'The new bridge will open in 2026, the transport minister said.';

describe.each(testTargets)('re-extraction on $name', ({ open }) => {
  let t: TestDatabase;
  let docId: string;
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
    docId = (await importDocument(t.db, { text, name: 'reextract.txt', meta: { authors: [], kind: 'article', language: 'en' } })).id;
  });
  afterAll(async () => t?.dispose());

  it('replaces untouched automatic claims and keeps every claim a human created, edited or reviewed', async () => {
    const claims = await t.db.claim.findMany({ where: { documentId: docId }, orderBy: { start: 'asc' } });
    expect(claims.length).toBeGreaterThanOrEqual(4);
    const [reviewed, edited, linked] = claims;
    await t.db.claim.update({ where: { id: reviewed.id }, data: { status: 'accepted' } });
    await t.db.claim.update({ where: { id: edited.id }, data: { editedByHuman: true, kind: 'evaluative' } });
    const topic = await t.db.topic.create({ data: { label: 'Budget' } });
    await t.db.claimTopic.create({ data: { claimId: linked.id, topicId: topic.id, origin: 'human', stance: 'supports' } });
    const human = await t.db.claim.create({ data: { documentId: docId, text: text.slice(0, 20), start: 0, end: 20, kind: 'factual', origin: 'human', reason: ['human'] } });
    const untouched = claims.slice(3).map((c) => c.id);

    const result = await reextractAllDocuments(t.db);
    expect(result.documents).toBe(1);
    const after = await t.db.claim.findMany({ where: { documentId: docId } });
    const ids = new Set(after.map((c) => c.id));
    for (const keep of [reviewed.id, edited.id, linked.id, human.id]) expect(ids.has(keep)).toBe(true);
    for (const gone of untouched) expect(ids.has(gone)).toBe(false);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: edited.id } })).kind).toBe('evaluative');
    const spans = after.filter((c) => c.origin === 'auto').map((c) => `${c.start}:${c.end}`);
    expect(new Set(spans).size).toBe(spans.length); // no duplicate of a kept claim
    expect(after.length).toBe(claims.length + 1); // same extraction again, plus the human claim
    expect((await t.db.document.findUniqueOrThrow({ where: { id: docId } })).engineVersion).toBe(ENGINE_VERSION);
  });

  it('with staleOnly skips documents already extracted by this engine version', async () => {
    expect((await reextractAllDocuments(t.db, undefined, true)).documents).toBe(0);
    await t.db.document.update({ where: { id: docId }, data: { engineVersion: 'old' } });
    expect((await reextractAllDocuments(t.db, undefined, true)).documents).toBe(1);
  });
});
