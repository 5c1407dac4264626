import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { closeEmbedded, connectEmbedded } from '../../lib/db/embedded.ts';

// The embedded database serves every connection through one PGlite session. Parameterised
// queries (the extended protocol: Parse, Bind, Execute, Sync) from several connections at once
// must not interleave: before lib/db/socket-queue.ts they failed with "bind message supplies N
// parameters" or returned another connection's rows.

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-concurrent-'));
const dir = path.join(root, 'pglite');

afterAll(async () => {
  await closeEmbedded(dir);
  fs.rmSync(root, { recursive: true, force: true });
});

describe('embedded database under concurrent connections', () => {
  it('answers parameterised queries of many connections at once, each with its own rows', async () => {
    const url = await connectEmbedded(dir);
    const clients = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        return c;
      }),
    );
    try {
      const rounds = await Promise.all(
        clients.map(async (client, k) => {
          const wrong: string[] = [];
          for (let i = 0; i < 40; i++) {
            // Different parameter counts per connection make an interleaved Bind fail loudly; long
            // values make the socket deliver a message in several chunks, as under real load.
            const params = Array.from({ length: k + 1 }, (_, j) => `${k}-${i}-${j}-${'x'.repeat(40_000)}`);
            const sql = `select md5(${params.map((_, j) => `$${j + 1}::text`).join(' || \',\' || ')}) as v`;
            const { rows } = await client.query(sql, params);
            const expected = createHash('md5').update(params.join(',')).digest('hex');
            if (rows[0]?.v !== expected) wrong.push(String(rows[0]?.v));
          }
          return wrong;
        }),
      );
      expect(rounds.flat()).toEqual([]);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });

  it('keeps a transaction of one connection apart from the queries of another', async () => {
    const url = await connectEmbedded(dir);
    const [a, b] = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
    await Promise.all([a.connect(), b.connect()]);
    try {
      await a.query('create table if not exists counter (n int)');
      await a.query('begin');
      await a.query('insert into counter values ($1)', [1]);
      const seenByB = b.query('select count(*)::int as n from counter where n = $1', [1]);
      await a.query('commit');
      expect((await seenByB).rows[0].n).toBe(1);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });
});
