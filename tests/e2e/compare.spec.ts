import { expect, test, type Page } from '@playwright/test';
import { signIn } from './claims-helpers';

const signInAsEditor = (page: Page) => signIn(page, 'editor');

// Reading needs an account (private by default): tests that only read sign in as the viewer.
test.beforeEach(async ({ page }, info) => {
  if (!info.title.startsWith('an editor')) await signIn(page, 'viewer');
});

test('the home page offers the curated 2020 vs 2024 comparison, shown side by side in date order', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /2020 vs 2024: NATO in Iraq/ }).click();
  await expect(page).toHaveURL(/\/compare\?ids=/);
  const table = page.getByTestId('compare-table');
  await expect(table.getByTestId('compare-doc-date')).toHaveText(['Feb 2020', '2024']);
  const rows = page.getByTestId('compare-row');
  expect(await rows.count()).toBeGreaterThan(0);
  const change = page.getByTestId('number-change').first();
  await expect(change).toContainText('→');
  await expect(page.getByTestId('stance-chip').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Confirm link/ })).toHaveCount(0); // viewer: read only
});

test('filters by relation are in the URL and keep only matching rows', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /2020 vs 2024/ }).click();
  await page.getByLabel('Relation').selectOption('number-changed');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/relation=number-changed/);
  const badges = page.getByTestId('compare-row').getByTestId('relation-badge');
  expect(await badges.count()).toBeGreaterThan(0);
  for (const rel of await badges.evaluateAll((els) => els.map((e) => e.getAttribute('data-relation')))) expect(rel).toBe('number-changed');
});

test('an editor confirms a suggested link and the confirmation persists', async ({ page }) => {
  await signInAsEditor(page);
  await page.goto('/');
  await page.getByRole('link', { name: /2020 vs 2024/ }).click();
  const card = page.getByTestId('compared-claim').filter({ has: page.getByRole('button', { name: /Confirm link/ }) }).first();
  const claimId = await card.getAttribute('data-claim-id');
  await card.getByRole('button', { name: /Confirm link/ }).click();
  const confirmed = page.locator(`[data-testid="compared-claim"][data-claim-id="${claimId}"]`).first();
  await expect(confirmed.getByTestId('link-status')).toHaveText('✓ confirmed');
  await page.reload();
  await expect(page.locator(`[data-testid="compared-claim"][data-claim-id="${claimId}"]`).first().getByTestId('link-status')).toHaveText('✓ confirmed');
});

test('a topic page lists linked claims across documents oldest first, with a timeline', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /2020 vs 2024/ }).click();
  await page.getByTestId('compare-row').first().getByRole('heading').getByRole('link').click();
  await expect(page.getByTestId('topic-label')).toBeVisible();
  await expect(page.getByTestId('stance-timeline')).toBeVisible();
  const dates = await page.getByTestId('topic-claim').locator('time').allTextContents();
  expect(dates.length).toBeGreaterThan(1);
  const years = dates.map((d) => Number(d.slice(-4)));
  expect([...years].sort((a, b) => a - b)).toEqual(years);
  expect(new Set(years).size).toBeGreaterThan(1);
});

test('the comparison picker builds a shareable URL', async ({ page }) => {
  await page.goto('/compare');
  const boxes = page.getByTestId('document-picker').getByRole('checkbox');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/ids=.+ids=|ids=[^&]+%2C|ids=[^&]+,/);
  await expect(page.getByTestId('compare-table')).toBeVisible();
});
