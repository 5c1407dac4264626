import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { errorResponse } from '../../lib/http/api.ts';
import { importDocument } from '../../lib/services/import-document.ts';
import { prepareImports } from '../../lib/services/import-files.ts';
import { compareWithSuggestions, getComparisonJson } from '../../lib/services/compare-prepared.ts';
import { ensureSuggestions } from '../../lib/services/ensure-suggestions.ts';
import { updateClaim } from '../../lib/services/update-claim.ts';
import { deleteClaim } from '../../lib/services/delete-claim.ts';
import { setLinkStatus } from '../../lib/services/set-link-status.ts';
import { storedFingerprint, suggestionFingerprint } from '../../lib/db/queries/suggestion-state.ts';
import { makeUsers } from './claim-fixtures.ts';
import { testTargets, type TestDatabase } from './databases.ts';

// Comparing needs no preparation: the comparison suggests topics itself when the set's claims
// changed, keeps editors' decisions and leaves other comparisons' topics alone.

const run = promisify(execFile);
const fixtures = [path.resolve('tests/fixtures/compare'), path.resolve('tests/fixtures/compare-auto')];

const topicIdsOf = (table: { rows: { topic: { id?: string } }[] }) => table.rows.map((r) => r.topic.id).filter((id): id is string => !!id).sort();

async function statusOf(p: Promise<unknown>) {
  return p.then(
    () => 200,
    async (e: unknown) => {
      const response = errorResponse(e);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.message.length).toBeGreaterThan(0);
      return response.status;
    },
  );
}

describe.each(testTargets)('comparison without preparation on $name', ({ open }) => {
  let t: TestDatabase;
  let users: Awaited<ReturnType<typeof makeUsers>>;
  let a: string, b: string, c: string; // 2019, 2023, 2021
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
    users = await makeUsers(t.db);
    const ids: string[] = [];
    for (const input of await prepareImports(fixtures, {})) ids.push((await importDocument(t.db, input)).id);
    [a, b, c] = ids;
  });
  afterAll(async () => t?.dispose());

  it('suggests topics on the first comparison, with no suggest run before', async () => {
    expect(await t.db.topic.count()).toBe(0);
    const { table, suggestions } = await compareWithSuggestions(t.db, [a, b]);
    expect(suggestions.recomputed).toBe(true);
    expect(suggestions.summary!.topics).toBeGreaterThan(0);
    expect(table.rows.length).toBeGreaterThan(0);
    expect(await storedFingerprint(t.db, [b, a])).toBe(await suggestionFingerprint(t.db, [a, b]));
  });

  it('does not suggest again while nothing changed', async () => {
    const first = await compareWithSuggestions(t.db, [a, b]);
    const second = await compareWithSuggestions(t.db, [b, a]);
    expect(second.suggestions).toEqual({ recomputed: false });
    expect(topicIdsOf(second.table)).toEqual(topicIdsOf(first.table));
  });

  it('suggests again after a claim is edited or deleted', async () => {
    const claims = await t.db.claim.findMany({ where: { documentId: a, deletedAt: null }, orderBy: { start: 'asc' } });
    await updateClaim(t.db, users.editor, { id: claims[0].id, version: claims[0].version, speaker: 'The regional government' });
    expect((await ensureSuggestions(t.db, [a, b])).recomputed).toBe(true);
    expect((await ensureSuggestions(t.db, [a, b])).recomputed).toBe(false);
    const last = claims[claims.length - 1];
    await deleteClaim(t.db, users.editor, { id: last.id, version: last.version });
    const { table, suggestions } = await compareWithSuggestions(t.db, [a, b]);
    expect(suggestions.recomputed).toBe(true);
    expect(table.rows.flatMap((r) => r.cells.flat().map((x) => x.id))).not.toContain(last.id);
  });

  it('keeps a link an editor confirmed when it suggests again', async () => {
    const link = await t.db.claimTopic.findFirstOrThrow({ where: { status: 'suggested', claim: { documentId: a } } });
    await setLinkStatus(t.db, users.editor, { items: [{ id: link.id, version: link.version }], status: 'accepted' });
    const { suggestions, table } = await compareWithSuggestions(t.db, [a, b], { force: true });
    expect(suggestions.summary!.kept).toBeGreaterThan(0);
    expect((await t.db.claimTopic.findUniqueOrThrow({ where: { id: link.id } })).status).toBe('accepted');
    expect(topicIdsOf(table)).toContain(link.topicId);
  });

  it("keeps the A,B topics when A,C is compared, and forgets A,B's state", async () => {
    const ab = topicIdsOf((await compareWithSuggestions(t.db, [a, b])).table);
    const abLinks = await t.db.claimTopic.count({ where: { topicId: { in: ab } } });
    const ac = await compareWithSuggestions(t.db, [a, c]);
    expect(ac.suggestions.recomputed).toBe(true);
    expect(ac.table.rows.some((r) => r.relations.some((x) => !x.startsWith('only')))).toBe(true);
    expect(await t.db.topic.count({ where: { id: { in: ab } } })).toBe(ab.length);
    expect(await t.db.claimTopic.count({ where: { topicId: { in: ab } } })).toBe(abLinks);
    expect(await storedFingerprint(t.db, [a, b])).toBeNull();

    // Comparing A,B again suggests again, and leaves the A,C topics (they span C) alone.
    const acOwn = (await t.db.topic.findMany({ where: { claims: { some: { claim: { documentId: c } } } }, select: { id: true } })).map((x) => x.id);
    expect(acOwn.length).toBeGreaterThan(0);
    expect((await compareWithSuggestions(t.db, [a, b])).suggestions.recomputed).toBe(true);
    expect(await t.db.topic.count({ where: { id: { in: acOwn } } })).toBe(acOwn.length);
  });

  it('shows an editor topic stored without concepts (a NULL list in the database) beside the suggestions', async () => {
    const claim = await t.db.claim.findFirstOrThrow({ where: { documentId: a } });
    await t.db.$executeRaw`INSERT INTO "Topic" (id, label, origin, "updatedAt") VALUES ('editor-topic-null-concepts', 'Editor question', 'human', now())`;
    await t.db.claimTopic.create({ data: { claimId: claim.id, topicId: 'editor-topic-null-concepts', origin: 'human', status: 'accepted' } });
    const { table } = await compareWithSuggestions(t.db, [a, b]);
    expect(table.rows.some((r) => r.topic.id === 'editor-topic-null-concepts')).toBe(true);
    await t.db.topic.delete({ where: { id: 'editor-topic-null-concepts' } });
  });

  it('answers the REST comparison: pair JSON, table, 400 for bad ids, 404 for unknown ids', async () => {
    const pair = (await getComparisonJson(t.db, `${b},${a}`)) as { left: { id: string }; rows: unknown[] };
    expect(pair.left.id).toBe(a);
    expect(pair.rows.length).toBeGreaterThan(0);
    const table = (await getComparisonJson(t.db, ` ${a}, ${b},${c} `)) as { documents: { id: string }[] };
    expect(table.documents.map((d) => d.id)).toEqual([a, c, b]);

    const topics = await t.db.topic.count();
    expect(await statusOf(getComparisonJson(t.db, a))).toBe(400);
    expect(await statusOf(getComparisonJson(t.db, `${a},${a}`))).toBe(400);
    expect(await statusOf(getComparisonJson(t.db, null))).toBe(400);
    expect(await statusOf(getComparisonJson(t.db, Array(7).fill(0).map((_, i) => `doc${i}`).join(',')))).toBe(400);
    expect(await statusOf(getComparisonJson(t.db, `${a},forged-id`))).toBe(404);
    expect(await t.db.topic.count()).toBe(topics);
  });

  it('`claimscope compare` needs no preparation, and --suggest forces a new run', async () => {
    const cli = (...args: string[]) =>
      run('node', ['bin/claimscope.js', 'compare', ...args], { env: { ...process.env, DATABASE_URL: t.url, NODE_NO_WARNINGS: '1' }, timeout: 120_000 });
    expect(await storedFingerprint(t.db, [b, c])).toBeNull();
    const fresh = JSON.parse((await cli(b, c, '--json')).stdout) as { rows: unknown[] };
    expect(fresh.rows.length).toBeGreaterThan(0);
    expect(await storedFingerprint(t.db, [b, c])).not.toBeNull();
    const before = await t.db.suggestionState.findUniqueOrThrow({ where: { key: [b, c].sort().join(',') } });
    const text = (await cli(b, c, '--suggest')).stdout;
    expect(text).toMatch(/topics suggested for these documents/);
    expect((await t.db.suggestionState.findUniqueOrThrow({ where: { key: before.key } })).updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
  });
});
