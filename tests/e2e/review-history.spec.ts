import { expect, test } from '@playwright/test';
import { createClaimFromSelection, openDocument, signIn } from './claims-helpers';

test('an editor accepts one claim and rejects another in the review queue', async ({ page }) => {
  await signIn(page, 'editor');
  const docId = await openDocument(page);
  const a = await createClaimFromSelection(page, 2);
  await page.reload();
  const b = await createClaimFromSelection(page, 3);

  await page.goto(`/review?origin=human&document=${docId}`);
  const queue = page.getByTestId('review-claims');
  const rowA = queue.locator(`[data-claim-id="${a.id}"]`);
  const rowB = queue.locator(`[data-claim-id="${b.id}"]`);
  await expect(rowA.getByTestId('status-chip')).toHaveAttribute('data-status', 'suggested');
  await rowA.getByRole('checkbox').check();
  await queue.getByLabel('Review comment').fill('matches the source');
  await queue.getByRole('button', { name: 'Accept' }).click();
  await expect(rowA).toHaveCount(0);
  await rowB.getByRole('checkbox').check();
  await queue.getByRole('button', { name: 'Reject' }).click();
  await expect(rowB).toHaveCount(0);

  await page.goto(`/review?origin=human&document=${docId}&status=accepted`);
  await expect(page.locator(`[data-claim-id="${a.id}"]`).getByTestId('status-chip')).toHaveAttribute('data-status', 'accepted');
  await page.goto(`/review?origin=human&document=${docId}&status=rejected`);
  await expect(page.locator(`[data-claim-id="${b.id}"]`).getByTestId('status-chip')).toHaveAttribute('data-status', 'rejected');

  // The status shows in the reader too, and the comment is in the claim's thread.
  await page.goto(`/documents/${docId}#claim-${a.id}`);
  await expect(page.locator(`#claim-${a.id}`)).toHaveAttribute('data-status', 'accepted');
  await expect(page.getByTestId('comment-thread')).toContainText('matches the source');
});

test('an editor restores an older version from the history page', async ({ page }) => {
  await signIn(page, 'editor');
  await openDocument(page);
  const claim = await createClaimFromSelection(page, 4, 'Factual');
  const panel = page.getByTestId('claim-panel');
  await panel.getByRole('button', { name: 'Edit claim' }).click();
  await panel.getByLabel('Kind').selectOption('evaluative');
  await panel.getByLabel('Speaker').fill('Die Autorin');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel).toContainText('Die Autorin');

  await panel.getByRole('link', { name: 'History of this claim' }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}/history`));
  const revisions = page.getByTestId('revision');
  await expect(revisions).toHaveCount(2);
  await expect(revisions.nth(0)).toContainText('Edited');
  await expect(revisions.nth(0)).toContainText(/kind\s*factual → evaluative/);
  await expect(revisions.nth(0)).toContainText(/speaker\s*— → Die Autorin/);
  await revisions.nth(1).getByRole('button', { name: 'Restore this version' }).click();
  await expect(revisions).toHaveCount(3);
  await expect(revisions.nth(0)).toContainText('Restored');
  await expect(page.getByText('Speaker: the author')).toBeVisible();
  await expect(page.getByText(/factual · version 3/)).toBeVisible();
});
