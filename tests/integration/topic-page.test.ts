import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { importDocument } from '../../lib/services/import-document.ts';
import { prepareImports } from '../../lib/services/import-files.ts';
import { compareWithSuggestions } from '../../lib/services/compare-prepared.ts';
import { getTopic } from '../../lib/db/queries/topics.ts';
import { getTopicPage } from '../../lib/db/queries/topic-page.ts';
import { testTargets, type TestDatabase } from './databases.ts';

// The topic page reads its claims page by page (cursor) and its charts aggregated in SQL: every
// claim appears exactly once across the pages, in the order of the whole topic.

const fixtures = [path.resolve('tests/fixtures/compare'), path.resolve('tests/fixtures/compare-auto')];

describe.each(testTargets)('topic page on $name', ({ open }) => {
  let t: TestDatabase;
  let topicId: string;
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
    const ids: string[] = [];
    for (const input of await prepareImports(fixtures, {})) ids.push((await importDocument(t.db, input)).id);
    await compareWithSuggestions(t.db, [ids[0], ids[1]]);
    await compareWithSuggestions(t.db, [ids[0], ids[2]]);
    const [top] = await t.db.claimTopic.groupBy({ by: ['topicId'], _count: { _all: true }, orderBy: [{ _count: { topicId: 'desc' } }, { topicId: 'asc' }], take: 1 });
    topicId = top.topicId;
  });
  afterAll(async () => t?.dispose());

  it('pages through every claim once, in the order of the whole topic, with the total', async () => {
    const whole = await getTopic(t.db, topicId);
    expect(whole.claims.length).toBeGreaterThan(1);
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 50; i++) {
      const page = await getTopicPage(t.db, topicId, { after, limit: 1 });
      expect(page.total).toBe(whole.claims.length);
      seen.push(...page.links.map((l) => l.id));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toEqual(whole.claims.map((l) => l.id));
  });

  it('counts stances per date and keeps the chart points in SQL', async () => {
    const whole = await getTopic(t.db, topicId);
    const { timeline } = await getTopicPage(t.db, topicId);
    const live = whole.claims.filter((l) => l.status !== 'rejected' && l.claim.document.publishedAt);
    expect(timeline.points.length).toBe(live.length);
    expect(timeline.buckets.reduce((n, b) => n + b.count, 0)).toBe(live.length);
    const quantities = live.flatMap((l) => l.claim.quantities.filter((q) => q.subject || q.unit));
    expect(timeline.series.reduce((n, s) => n + s.points.length, 0)).toBe(quantities.length);
  });

  it('starts over on an unreadable cursor and says NOT_FOUND for an unknown topic', async () => {
    const first = await getTopicPage(t.db, topicId, { limit: 1 });
    expect((await getTopicPage(t.db, topicId, { after: 'not-a-cursor', limit: 1 })).links).toEqual(first.links);
    await expect(getTopicPage(t.db, 'no-such-topic')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getTopicPage(t.db, '%00')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
