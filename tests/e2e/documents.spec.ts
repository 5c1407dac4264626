import { expect, test } from '@playwright/test';
import { signIn } from './claims-helpers';

// Reading needs an account (private by default): a viewer reads.
test.beforeEach(async ({ page }) => signIn(page, 'viewer'));

test('the home page lists both sample documents with their metadata', async ({ page }) => {
  await page.goto('/');
  const list = page.getByTestId('document-list');
  const items = list.getByRole('listitem');
  await expect(items).toHaveCount(2);
  const first = items.nth(0);
  await expect(first).toContainText('Zur Erinnerung, der oberste Befehlshaber der NATO');
  await expect(first.locator('time')).toHaveText('Feb 2020');
  await expect(first.getByText('de', { exact: true })).toHaveCSS('text-transform', 'uppercase');
  const second = items.nth(1);
  await expect(second).toContainText('Blick in alle Richtungen');
  await expect(second.locator('time')).toHaveText('2024');
  await expect(second).toContainText('Lucas Lamberty');
  await expect(second).toContainText('Konrad-Adenauer-Stiftung');
  const counts = await list.getByTestId('claim-count').allTextContents();
  for (const c of counts) expect(Number.parseInt(c, 10)).toBeGreaterThan(0);
});

test('a document page shows metadata and the full text', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Blick in alle Richtungen/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Blick in alle Richtungen');
  await expect(page.locator('dd', { hasText: 'Lucas Lamberty' })).toBeVisible();
  await expect(page.locator('dd', { hasText: 'Konrad-Adenauer-Stiftung' })).toBeVisible();
  const text = page.getByTestId('document-text');
  await expect(text).toContainText('NATO Mission Iraq (NMI)');
  expect(await text.locator('p').count()).toBeGreaterThan(10);
});

test('the reader fits a phone screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  await page.getByRole('link', { name: /Zur Erinnerung/ }).click();
  await expect(page.getByTestId('document-text')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('an unknown or forged document id gets a 404 page', async ({ page }) => {
  const response = await page.goto('/documents/%27%20OR%201%3D1--');
  expect(response?.status()).toBe(404);
  await expect(page.getByText('There is no such document')).toBeVisible();
});
