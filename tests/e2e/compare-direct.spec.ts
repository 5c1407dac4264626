import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { signIn } from './claims-helpers';

// Two documents imported with the CLI (a client of the e2e server's embedded database) can be
// compared at once: opening /compare?ids=A,B suggests their topics, with no button pressed.

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = path.join(root, '.e2e-data'); // CLAIMSCOPE_DATA_DIR of playwright.config.ts's web server
const cliEnv = { ...process.env, CLAIMSCOPE_DATA_DIR: dataDir, DATABASE_URL: '', NODE_NO_WARNINGS: '1' };
let ids: string[] = [];

async function importWithCli(files: string[]): Promise<string[]> {
  const { stdout } = await run('node', ['bin/claimscope.js', 'import', ...files, '--json'], { cwd: root, env: cliEnv, timeout: 120_000 });
  return (JSON.parse(stdout) as { id: string; status: string }[]).map((r) => r.id);
}

/** Removes what this spec added, so the other specs see the demo data only. */
async function removeDocuments(documentIds: string[]) {
  const { port } = JSON.parse(fs.readFileSync(path.join(dataDir, '.pglite.lock'), 'utf8')) as { port: number }; // the owner's socket
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable` });
  await client.connect();
  try {
    await client.query('DELETE FROM "Document" WHERE id = ANY($1)', [documentIds]);
    await client.query(`DELETE FROM "Topic" t WHERE origin = 'auto' AND NOT EXISTS (SELECT 1 FROM "ClaimTopic" l WHERE l."topicId" = t.id)`);
    await client.query('DELETE FROM "SuggestionState" WHERE "documentIds" && $1', [documentIds]);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  ids = await importWithCli(['tests/fixtures/compare/2019-harbour.en.md', 'tests/fixtures/compare/2023-harbour.en.md']);
});

test.afterAll(async () => {
  if (ids.length) await removeDocuments(ids);
});

test('freshly imported documents compare side by side without suggesting topics first', async ({ page }) => {
  await signIn(page, 'viewer');
  expect(ids).toHaveLength(2);
  await page.goto(`/compare?ids=${ids.join(',')}`);
  await expect(page.getByTestId('compare-table')).toBeVisible();
  expect(await page.getByTestId('compare-row').count()).toBeGreaterThan(0);
  await expect(page.getByTestId('compare-doc-date')).toHaveText([/2019/, /2023/]);
  await expect(page.getByText('No shared topics found')).toHaveCount(0);
});

test('the comparison REST route answers JSON and refuses bad ids in the one error shape', async ({ page }) => {
  await signIn(page, 'viewer');
  const request = page.request;
  const ok = await request.get(`/api/v1/comparisons?ids=${ids.join(',')}`);
  expect(ok.status()).toBe(200);
  const { data } = (await ok.json()) as { data: { left: { id: string }; rows: unknown[] } };
  expect(data.left.id).toBe(ids[0]);
  expect(data.rows.length).toBeGreaterThan(0);
  const one = await request.get(`/api/v1/comparisons?ids=${ids[0]}`);
  expect(one.status()).toBe(400);
  expect(((await one.json()) as { error: { code: string } }).error.code).toBe('BAD_INPUT');
  const unknown = await request.get(`/api/v1/comparisons?ids=${ids[0]},no-such-document`);
  expect(unknown.status()).toBe(404);
  expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
});
