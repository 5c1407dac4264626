import pg from 'pg';
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const [{ key }] = (await pool.query(`SELECT key FROM "ComparisonResult" ORDER BY key LIMIT 1`)).rows;
const src = (await import('node:fs')).readFileSync('lib/db/queries/comparison-result.ts', 'utf8');
const fp = /const FINGERPRINT = `([\s\S]*?)`;/.exec(src)![1];
const sql = `EXPLAIN (ANALYZE, BUFFERS) WITH ${fp} SELECT r."table" FROM "ComparisonResult" r, f WHERE r.key = $3 AND r.fingerprint = f.fingerprint`;
const rows = (await pool.query(sql, [key.split(','), 'engine x compare y', key])).rows;
console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
process.exit(0);
