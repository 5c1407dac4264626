import { performance } from 'node:perf_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../../lib/generated/prisma/client.ts';
import type { Db } from '../../lib/db/client.ts';
import { getComparisonView } from '../../lib/db/queries/comparison-view.ts';
import { getTopicPage } from '../../lib/db/queries/topic-page.ts';
import { getDocument } from '../../lib/db/queries/documents.ts';
import { listDocumentClaims } from '../../lib/db/queries/claims.ts';
import { listTopicOptions } from '../../lib/db/queries/topic-options.ts';
import { searchClaimsAndDocuments } from '../../lib/services/search.ts';
import { listReviewClaims, listReviewFilterOptions, listReviewLinks, reviewFilterSchema } from '../../lib/db/queries/review.ts';
import type { ReadPage, ReadSample } from './read-samples.ts';

// The SQL under each page, alone: the page's data functions run once with Prisma's query log on,
// and the statements they sent (text + parameters) are replayed with plain `pg` at the benchmark's
// concurrency. Transactions' BEGIN/COMMIT are kept, so a snapshot read costs what it costs.

export type Statement = { sql: string; params: unknown[] };

/** What each page's server component reads (the signed-in viewer's view, no editor extras). */
async function loadPage(db: Db, s: ReadSample): Promise<void> {
  switch (s.page) {
    case 'comparison':
      await getComparisonView(db, s.args);
      return;
    case 'topic':
      await getTopicPage(db, s.args[0]);
      return;
    case 'document': {
      const doc = await getDocument(db, s.args[0]);
      await Promise.all([listDocumentClaims(db, doc.id), listTopicOptions(db)]);
      return;
    }
    case 'search':
      await searchClaimsAndDocuments(db, { q: s.args[0] });
      return;
    case 'review': {
      const filter = reviewFilterSchema.parse(s.args[0] ? { status: s.args[0] } : {});
      await Promise.all([listReviewClaims(db, filter), listReviewLinks(db, filter), listReviewFilterOptions(db)]);
    }
  }
}

/** The statements each sample's page sends, in order. */
export async function captureStatements(url: string, samples: ReadSample[]): Promise<Map<ReadSample, Statement[]>> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: 'event', level: 'query' }] });
  let current: Statement[] = [];
  db.$on('query', (e) => current.push({ sql: e.query, params: e.params ? (JSON.parse(e.params) as unknown[]) : [] }));
  const out = new Map<ReadSample, Statement[]>();
  for (const s of samples) {
    current = []; // the first call's statements are dropped: a comparison computes and stores its table
    await loadPage(db, s);
    current = [];
    await loadPage(db, s);
    out.set(s, current);
  }
  await db.$disconnect();
  return out;
}

const pgParam = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? JSON.stringify(v) : v);

/** Replays a page's statement lists for `seconds` at `connections` in parallel; returns per-page-load times (ms). */
export async function replayStatements(url: string, lists: Statement[][], connections: number, seconds: number): Promise<{ ms: number[]; errors: number }> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const ms: number[] = [];
  let errors = 0;
  let next = 0;
  const until = performance.now() + seconds * 1000;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (performance.now() < until) {
        const list = lists[next++ % lists.length];
        const t0 = performance.now();
        try {
          for (const st of list) await client.query(st.sql, st.params.map(pgParam));
          ms.push(performance.now() - t0);
        } catch {
          errors++;
          await client.query('ROLLBACK').catch(() => {});
        }
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  await pool.end();
  return { ms, errors };
}

export const PAGES: ReadPage[] = ['comparison', 'topic', 'document', 'search', 'review'];
