import { expect, test } from '@playwright/test';
import { signIn } from './claims-helpers';
import { runCli } from './e2e-database';

// Search end to end: sign in, search with German stemming, narrow by a facet, open a claim at
// its place in the reader. The spec imports its own small documents next to the demo's.

test.beforeAll(async () => {
  await runCli(['import', 'tests/fixtures/search/bundeswehr-2021.de.md', '--lang', 'de', '--outlet', 'Morgenpost Kiel', '--date', '2021-03-09', '--author', 'Katrin Oberländer']);
  await runCli(['import', 'tests/fixtures/search/plant-2022.en.md', 'tests/fixtures/search/soldiers-2023.en.md', '--lang', 'en', '--outlet', 'Northern Ledger']);
});

test('search finds word forms, filters by a facet and opens a claim in the reader', async ({ page }) => {
  await signIn(page, 'viewer');
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search$/);
  await page.getByRole('searchbox', { name: 'Search claims and documents' }).fill('Soldat');
  await page.getByRole('button', { name: 'Search', exact: true }).click();

  const results = page.locator('li[data-result-type]');
  await expect(results.first()).toBeVisible();
  // "Soldat" matched "Soldaten": the snippet marks the word form that is in the text.
  await expect(results.locator('mark', { hasText: /^Soldaten$/ }).first()).toBeVisible();

  const facets = page.getByRole('navigation', { name: 'Refine the results' });
  await facets.getByRole('region', { name: 'Claim kind' }).getByRole('link', { name: /^quote/ }).click();
  await expect(page).toHaveURL(/kind=quote/);
  await expect(results).not.toHaveCount(0);
  for (const type of await results.evaluateAll((els) => els.map((el) => el.getAttribute('data-result-type')))) expect(type).toBe('claim');
  await expect(results.getByText('quote', { exact: true }).first()).toBeVisible();

  const first = results.first();
  const claimId = await first.getAttribute('data-result-id');
  await first.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/documents/[^#]+#claim-${claimId}$`));
  await expect(page.locator(`[id="claim-${claimId}"]`)).toBeVisible();
  await expect(page.getByTestId('claim-panel')).toBeVisible();
});

test('a bad search shows the problem, and the API refuses signed-out callers', async ({ page, request }) => {
  const anonymous = await request.get('/api/v1/search?q=Soldat');
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Please sign in first.' } });
  await signIn(page, 'viewer');
  await page.goto('/search?q=Soldat&from=2021-13-01');
  await expect(page.getByRole('alert').filter({ hasText: 'search:' })).toHaveText('search: from: is not a calendar date');
  const api = await page.request.get('/api/v1/search?q=Soldat&limit=10000');
  expect(api.status()).toBe(400);
  expect((await api.json()).error.code).toBe('BAD_INPUT');
  const ok = await page.request.get('/api/v1/search?q=employee&language=en');
  const body = (await ok.json()) as { data: { total: number; results: { snippet: string; highlights: [number, number][] }[] } };
  expect(body.data.total).toBeGreaterThan(0);
  expect(body.data.results.some((r) => r.highlights.some(([s, e]) => r.snippet.slice(s, e).toLowerCase() === 'employees'))).toBe(true);
});
