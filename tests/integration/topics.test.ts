import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { importDocument } from '../../lib/services/import-document.ts';
import { prepareImports } from '../../lib/services/import-files.ts';
import { suggestTopicsForDocuments } from '../../lib/services/suggest-topics.ts';
import { compareDocuments, toPairJson } from '../../lib/services/compare-documents.ts';
import { createTopic } from '../../lib/services/create-topic.ts';
import { renameTopic } from '../../lib/services/rename-topic.ts';
import { mergeTopics } from '../../lib/services/merge-topics.ts';
import { deleteTopic } from '../../lib/services/delete-topic.ts';
import { setLinkStatus } from '../../lib/services/set-link-status.ts';
import { assignLink } from '../../lib/services/assign-link.ts';
import { applyCuratedAnnotations } from '../../lib/services/apply-curated-annotations.ts';
import { loadLexicon, replaceLexicon } from '../../lib/services/concept-lexicon.ts';
import { getComparisonView } from '../../lib/db/queries/comparison-view.ts';
import { makeUsers, tableCounts } from './claim-fixtures.ts';
import { testTargets, type TestDatabase } from './databases.ts';

const fixtures = path.resolve('tests/fixtures/compare');

describe.each(testTargets)('topics and comparison on $name', ({ open }) => {
  let t: TestDatabase;
  let users: Awaited<ReturnType<typeof makeUsers>>;
  let ids: string[];
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
    users = await makeUsers(t.db);
    ids = [];
    for (const input of await prepareImports([fixtures], {})) ids.push((await importDocument(t.db, input)).id);
  });
  afterAll(async () => t?.dispose());

  it('seeds the editable concept lexicon once', async () => {
    const first = await loadLexicon(t.db);
    expect(first.length).toBeGreaterThan(10);
    expect(await t.db.conceptGroup.count()).toBe(first.length);
    expect((await loadLexicon(t.db)).length).toBe(first.length);
  });

  it('replaces the lexicon only with valid data', async () => {
    const groups = await loadLexicon(t.db);
    await expect(replaceLexicon(t.db, [{ id: 'Bad Id', label: 'x', terms: { de: [], en: [] } }])).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(replaceLexicon(t.db, [groups[0], groups[0]])).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(await t.db.conceptGroup.count()).toBe(groups.length);
    expect(await replaceLexicon(t.db, groups.slice(0, 3))).toBe(3);
    expect((await loadLexicon(t.db)).map((g) => g.id)).toEqual(groups.slice(0, 3).map((g) => g.id).sort());
    expect(await replaceLexicon(t.db, groups)).toBe(groups.length);
  });

  it('suggests cross-document topics whose links say why', async () => {
    const summary = await suggestTopicsForDocuments(t.db, ids);
    expect(summary.topics).toBeGreaterThan(0);
    const links = await t.db.claimTopic.findMany({ include: { claim: true } });
    expect(links.length).toBe(summary.links);
    for (const l of links) {
      expect(l.origin).toBe('auto');
      expect(l.status).toBe('suggested');
      expect(l.rationale.length).toBeGreaterThan(10);
    }
    const topics = await t.db.topic.findMany({ include: { claims: { include: { claim: true } } } });
    for (const topic of topics) expect(new Set(topic.claims.map((l) => l.claim.documentId)).size).toBe(2);
  });

  it('compares the two documents in date order and finds the stance flip', async () => {
    const json = toPairJson(await compareDocuments(t.db, [ids[1], ids[0]]));
    expect(json.left.published).toBe('2019-06');
    expect(json.right.published).toBe('2023-09');
    const flip = json.rows.find((r) => r.relation === 'contradict');
    expect(flip).toBeDefined();
    expect(flip!.left.some((c) => c.stance === 'supports')).toBe(true);
    expect(flip!.right.some((c) => c.stance === 'opposes')).toBe(true);
    expect(flip!.explanation).toMatch(/flip/i);
  });

  it('filters comparison rows by relation and stance', async () => {
    const all = await getComparisonView(t.db, ids);
    const contradict = await getComparisonView(t.db, ids, { relation: 'contradict' });
    expect(contradict.rows.length).toBeGreaterThan(0);
    expect(contradict.rows.length).toBeLessThanOrEqual(all.rows.length);
    for (const r of contradict.rows) expect(r.relations).toContain('contradict');
    const mixed = await getComparisonView(t.db, ids, { stance: 'mixed' });
    for (const r of mixed.rows) expect(r.cells.flat().some((c) => c.stance === 'mixed')).toBe(true);
  });

  it('keeps a rejected suggestion rejected when suggestions are refreshed', async () => {
    const link = await t.db.claimTopic.findFirstOrThrow({ where: { status: 'suggested' } });
    await setLinkStatus(t.db, users.editor, { items: [{ id: link.id, version: link.version }], status: 'rejected' });
    await suggestTopicsForDocuments(t.db, ids);
    const same = await t.db.claimTopic.findMany({ where: { claimId: link.claimId, topicId: link.topicId } });
    expect(same).toHaveLength(1);
    expect(same[0].status).toBe('rejected');
    const table = await compareDocuments(t.db, ids);
    const row = table.rows.find((r) => r.topic.id === link.topicId);
    expect(row?.cells.flat().map((c) => c.id) ?? []).not.toContain(link.claimId);
  });

  it('lets an editor assign a suggested link to a reviewer, with a revision and a version check', async () => {
    const link = await t.db.claimTopic.findFirstOrThrow({ where: { status: 'suggested' } });
    const revisions = await t.db.revision.count();
    const assigned = await assignLink(t.db, users.editor, { id: link.id, version: link.version, assigneeId: users.annotator.id });
    expect(assigned.assigneeId).toBe(users.annotator.id);
    expect(await t.db.revision.count()).toBe(revisions + 1);
    await expect(assignLink(t.db, users.editor, { id: link.id, version: link.version, assigneeId: null })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(assignLink(t.db, users.editor, { id: link.id, version: assigned.version, assigneeId: 'forged-user' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(assignLink(t.db, users.annotator, { id: link.id, version: assigned.version, assigneeId: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.db.claimTopic.findUniqueOrThrow({ where: { id: link.id } })).assigneeId).toBe(users.annotator.id);
  });

  it('lets an editor create, rename, merge and delete topics, each with a revision', async () => {
    const revisions = await t.db.revision.count();
    const a = await createTopic(t.db, users.editor, { label: 'Is the ferry welcome?' });
    const b = await createTopic(t.db, users.editor, { label: 'Ferry welcome (duplicate)' });
    const renamed = await renameTopic(t.db, users.editor, { id: a.id, version: a.version, label: 'Is the ferry welcome in Velmora?' });
    expect(renamed.label).toBe('Is the ferry welcome in Velmora?');
    await expect(renameTopic(t.db, users.editor, { id: a.id, version: a.version, label: 'stale edit' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await mergeTopics(t.db, users.editor, { targetId: a.id, sourceIds: [b.id] });
    expect(await t.db.topic.findUnique({ where: { id: b.id } })).toBeNull();
    const current = await t.db.topic.findUniqueOrThrow({ where: { id: a.id } });
    await deleteTopic(t.db, users.editor, { id: a.id, version: current.version });
    expect(await t.db.topic.findUnique({ where: { id: a.id } })).toBeNull();
    expect(await t.db.revision.count()).toBe(revisions + 6); // 2 creates, rename, merge (source + target), delete
  });

  it('refuses topic edits by viewers and annotators and forged ids, changing nothing', async () => {
    const before = await tableCounts(t.db);
    const topics = await t.db.topic.count();
    await expect(createTopic(t.db, users.viewer, { label: 'Nope' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createTopic(t.db, users.annotator, { label: 'Nope' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deleteTopic(t.db, users.editor, { id: 'forged-id', version: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(mergeTopics(t.db, users.editor, { targetId: 'forged', sourceIds: ['also-forged'] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(compareDocuments(t.db, [ids[0], 'forged'])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(compareDocuments(t.db, [ids[0], ids[0]])).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(await tableCounts(t.db)).toEqual(before);
    expect(await t.db.topic.count()).toBe(topics);
  });

  it('loads curated annotations through the editor services, idempotently', async () => {
    const byFile = new Map([['2019-harbour.en.md', ids[0]], ['2023-harbour.en.md', ids[1]]]);
    const data = {
      curated: true,
      description: 'test',
      comparisons: [{ title: 'Ferry 2019 vs 2023', files: ['2019-harbour.en.md', '2023-harbour.en.md'] }],
      topics: [{ label: 'Are jobs at stake?', links: [{ file: '2019-harbour.en.md', quote: 'bring jobs', stance: 'supports' }, { file: '2023-harbour.en.md', quote: 'creates jobs', stance: 'supports' }] }],
    };
    const first = await applyCuratedAnnotations(t.db, users.editor, data, byFile);
    expect(first).toEqual({ comparisons: 1, topics: 1, links: 2 });
    const links = await t.db.claimTopic.findMany({ where: { topic: { label: 'Are jobs at stake?' } } });
    expect(links.map((l) => [l.origin, l.status])).toEqual([['human', 'accepted'], ['human', 'accepted']]);
    expect(await applyCuratedAnnotations(t.db, users.editor, data, byFile)).toEqual({ comparisons: 0, topics: 0, links: 0 });
    await expect(applyCuratedAnnotations(t.db, users.editor, { ...data, comparisons: [{ title: 'x', files: ['missing.md', 'b.md'] }] }, byFile)).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});

