import { expect, test } from '@playwright/test';
import { createClaimFromSelection, openDocument, signIn } from './claims-helpers';

test('an annotator highlights text to create a claim, and it stays after a reload', async ({ page }) => {
  await signIn(page, 'annotator');
  const docId = await openDocument(page);
  const claim = await createClaimFromSelection(page, 0, 'Prediction');
  const panel = page.getByTestId('claim-panel');
  await expect(panel.getByTestId('status-chip')).toHaveAttribute('data-status', 'suggested');
  await expect(panel).toContainText('Prediction');
  await page.goto(`/documents/${docId}#claim-${claim.id}`);
  const mark = page.locator(`#claim-${claim.id}`);
  await expect(mark).toHaveText(claim.text);
  await expect(mark).toHaveAttribute('data-kind', 'prediction');
  await expect(mark).toHaveAttribute('data-badge', 'P');
  // The hash link opens the claim's panel.
  await expect(page.getByTestId('panel-quote')).toHaveText(claim.text);
});

test('an annotator edits the span of their claim', async ({ page }) => {
  await signIn(page, 'annotator');
  await openDocument(page);
  const claim = await createClaimFromSelection(page, 1);
  const panel = page.getByTestId('claim-panel');
  await panel.getByRole('button', { name: 'Edit claim' }).click();
  const end = panel.getByLabel('End');
  await expect(end).toHaveValue(String(claim.start + claim.text.length));
  await end.fill(String(claim.start + claim.text.length + 4));
  await panel.getByRole('button', { name: 'Save' }).click();
  expect(claim.after).toHaveLength(4);
  await expect(panel.getByTestId('panel-quote')).toHaveText(claim.text + claim.after);
  await expect(page.locator(`#claim-${claim.id}`)).toHaveText(claim.text + claim.after);
  await expect(panel).toContainText(`${claim.start}–${claim.start + claim.text.length + 4}`);
});

test('keyboard: j and k move between claims with a visible focus, Enter opens the panel', async ({ page }) => {
  await signIn(page, 'viewer');
  await openDocument(page);
  await page.locator('h1').click();
  await page.keyboard.press('j');
  const first = page.locator('mark[data-claim]').first();
  await expect(first).toBeFocused();
  await expect(first).toHaveCSS('box-shadow', /rgb/);
  await page.keyboard.press('j');
  await expect(page.locator('mark[data-claim]').nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('panel-quote')).toHaveText((await first.textContent())!);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('claim-panel')).toHaveCount(0);
});
