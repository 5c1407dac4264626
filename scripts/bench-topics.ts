// npm run bench:topics -- --url DATABASE_URL [--seconds 240] [--workers 2]
// Between ingest and the read benchmark: a full ingest measures extraction and leaves the topic
// suggestion jobs waiting (they run when extraction is idle); this lets W workers work them off
// for a bounded time, so the read benchmark finds topics and comparisons. Prints how many
// documents got suggestions and the topics made.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startProcess, stopProcess, type Started } from './bench/processes.ts';
import { writeResults } from './bench/results.ts';

const { values } = parseArgs({ options: { url: { type: 'string' }, seconds: { type: 'string', default: '240' }, workers: { type: 'string', default: '2' } } });
const url = values.url ?? process.env.DATABASE_URL;
const seconds = Number(values.seconds);
const workers = Number(values.workers);
if (!url || !/^postgres(ql)?:/.test(url) || !(seconds > 0) || !Number.isInteger(workers) || workers < 1) {
  console.error('usage: bench-topics --url postgres://… [--seconds S] [--workers N]');
  process.exit(2);
}

async function suggestionState(db: pg.Client) {
  const jobs = await db.query(`SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = 'suggest-topics' GROUP BY state`);
  const topics = await db.query(`SELECT count(*)::int AS n FROM "Topic"`);
  return { jobs: Object.fromEntries(jobs.rows.map((r) => [r.state, r.n])) as Record<string, number>, topics: topics.rows[0].n as number };
}

async function main() {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const before = await suggestionState(db);
  const env = { ...process.env, DATABASE_URL: url, CLAIMSCOPE_JOBS: 'pg-boss' };
  const started: Started[] = [];
  try {
    for (let i = 0; i < workers; i++) started.push(await startProcess(process.execPath, ['--max-old-space-size=256', 'bin/worker.js'], env, /waiting for jobs/));
    const t0 = performance.now();
    while (performance.now() - t0 < seconds * 1000) {
      await new Promise((r) => setTimeout(r, 5000));
      const s = await suggestionState(db);
      if (!s.jobs.created && !s.jobs.retry && !s.jobs.active) break;
    }
  } finally {
    await Promise.all(started.map((s) => stopProcess(s.child)));
  }
  const after = await suggestionState(db);
  await db.end();
  const groups = (after.jobs.completed ?? 0) - (before.jobs.completed ?? 0);
  console.log(`${workers} worker(s), ${seconds} s at most: ${groups} suggestion job(s) done (groups of up to 6 documents), ${after.topics - before.topics} topics made (${after.topics} in all); ${after.jobs.created ?? 0} job(s) still waiting`);
  writeResults('topics', { workers, seconds, suggestionJobsDone: groups, topicsMade: after.topics - before.topics, topics: after.topics, waiting: after.jobs.created ?? 0 });
}

main().then(() => process.exit(0), (e) => (console.error(e instanceof Error ? e.message : e), process.exit(1)));
