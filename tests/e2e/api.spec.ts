import { expect, test } from '@playwright/test';
import { signIn } from './claims-helpers';

// The REST API and its description against the production build: the OpenAPI document and the
// reference page are public, the data is not; a signed-in editor walks a document's life cycle.

test('the OpenAPI document and the reference page are public; the data is not', async ({ page, request }) => {
  const spec = await request.get('/api/openapi.json');
  expect(spec.status()).toBe(200);
  const doc = (await spec.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
  expect(doc.openapi).toMatch(/^3\.1\./);
  expect(Object.keys(doc.paths['/api/v1/documents/{id}']).sort()).toEqual(['delete', 'get', 'patch']);

  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto('/api/docs');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Claimscope API');
  await expect(page.locator('section.op')).toHaveCount(Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0));
  await page.getByRole('link', { name: /^PATCH \/api\/v1\/claims\/\{id\}$/ }).click();
  await expect(page.locator('#patch--api-v1-claims--id-')).toContainText('Request body');
  expect(await page.locator('script').count()).toBe(0);
  expect(errors).toEqual([]);

  const list = await request.get('/api/v1/documents');
  expect(list.status()).toBe(401);
  expect(await list.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Please sign in first.' } });
});

test('an editor creates, pages, edits (409 on a stale version) and deletes a document over REST', async ({ page, baseURL }) => {
  await signIn(page, 'editor');
  const headers = { origin: baseURL! };
  const text = `The mayor said on Monday that the harbour bridge will cost ${Date.now()} euros, far more than planned.`;
  const created = await page.request.post('/api/v1/documents', { data: { text, title: 'Bridge cost', language: 'en' }, headers });
  expect(created.status()).toBe(201);
  const { id } = ((await created.json()) as { data: { id: string } }).data;

  const first = (await (await page.request.get('/api/v1/documents?limit=1')).json()) as { data: unknown[]; nextCursor: string };
  expect(first.data).toHaveLength(1);
  const second = await page.request.get(`/api/v1/documents?limit=1&cursor=${first.nextCursor}`);
  expect(second.status()).toBe(200);

  const edit = await page.request.patch(`/api/v1/documents/${id}`, { data: { version: 1, title: 'Harbour bridge cost' }, headers });
  expect(edit.status()).toBe(200);
  const stale = await page.request.patch(`/api/v1/documents/${id}`, { data: { version: 1, title: 'Lost' }, headers });
  expect(stale.status()).toBe(409);
  expect(((await stale.json()) as { error: { current: { title: string } } }).error.current.title).toBe('Harbour bridge cost');

  const plain = await page.request.post('/api/v1/topics', { data: 'label', headers: { ...headers, 'content-type': 'text/plain' } });
  expect(plain.status()).toBe(415);

  expect((await page.request.delete(`/api/v1/documents/${id}?version=2`, { headers })).status()).toBe(200);
  expect((await page.request.get(`/api/v1/documents/${id}`)).status()).toBe(404);
});
