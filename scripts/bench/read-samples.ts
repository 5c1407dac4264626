import type pg from 'pg';

// Sample URLs for the read-path benchmark, picked deterministically from what the database
// holds (ordered by counts and ids, never at random), so two runs on the same data hit the same pages.

export type ReadPage = 'comparison' | 'topic' | 'document' | 'search' | 'review';
export type ReadSample = { page: ReadPage; path: string; args: string[] };

const q = async <T>(pool: pg.Pool, sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[];

/** Document pairs that share a topic, from the topics with the most links across documents. */
async function comparisonPairs(pool: pg.Pool, n: number): Promise<ReadSample[]> {
  const rows = await q<{ l: string; r: string }>(
    pool,
    `WITH t AS (SELECT "topicId" FROM "ClaimTopic" GROUP BY "topicId" HAVING count(*) >= 2 ORDER BY count(*) DESC, "topicId" LIMIT $1),
     d AS (SELECT DISTINCT ct."topicId", c."documentId" FROM t JOIN "ClaimTopic" ct USING ("topicId") JOIN "Claim" c ON c.id = ct."claimId" WHERE c."deletedAt" IS NULL),
     p AS (SELECT DISTINCT ON (a."topicId") a."documentId" AS l, b."documentId" AS r FROM d a JOIN d b ON a."topicId" = b."topicId" AND a."documentId" < b."documentId"
           ORDER BY a."topicId", a."documentId", b."documentId")
     SELECT DISTINCT l, r FROM p ORDER BY l, r LIMIT $1`,
    [n],
  );
  return rows.map((p) => ({ page: 'comparison', path: `/compare?left=${p.l}&right=${p.r}`, args: [p.l, p.r] }));
}

async function topics(pool: pg.Pool, n: number): Promise<ReadSample[]> {
  const rows = await q<{ id: string }>(pool, `SELECT "topicId" AS id FROM "ClaimTopic" GROUP BY "topicId" ORDER BY count(*) DESC, "topicId" LIMIT $1`, [n]);
  return rows.map((t) => ({ page: 'topic', path: `/topics/${t.id}`, args: [t.id] }));
}

async function documents(pool: pg.Pool, n: number): Promise<ReadSample[]> {
  const rows = await q<{ id: string }>(pool, `SELECT id FROM "Document" ORDER BY id LIMIT $1`, [n]);
  return rows.map((d) => ({ page: 'document', path: `/documents/${d.id}`, args: [d.id] }));
}

/** Words that occur in claims: the longest word of a few claims spread over the id range. */
async function searchTerms(pool: pg.Pool, n: number): Promise<ReadSample[]> {
  const rows = await q<{ text: string }>(pool, `SELECT text FROM "Claim" WHERE "deletedAt" IS NULL ORDER BY id LIMIT 200`);
  const terms = new Set<string>();
  for (const { text } of rows) {
    const word = text.split(/[^\p{L}]+/u).filter((w) => w.length >= 5).sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
    if (word) terms.add(word.toLowerCase());
    if (terms.size >= n) break;
  }
  return [...terms].map((t) => ({ page: 'search', path: `/search?q=${encodeURIComponent(t)}`, args: [t] }));
}

export async function pickReadSamples(pool: pg.Pool, perPage: number): Promise<ReadSample[]> {
  const review: ReadSample[] = [
    { page: 'review', path: '/review', args: [] },
    { page: 'review', path: '/review?status=accepted', args: ['accepted'] },
  ];
  return [...(await comparisonPairs(pool, perPage)), ...(await topics(pool, perPage)), ...(await documents(pool, perPage)), ...(await searchTerms(pool, perPage)), ...review];
}
