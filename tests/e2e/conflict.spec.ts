import { expect, test } from '@playwright/test';
import { createClaimFromSelection, openDocument, signIn } from './claims-helpers';

test('two editors save the same claim: the second sees a conflict with the current value and can reapply', async ({ browser }) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  try {
    const pageA = await a.newPage();
    const pageB = await b.newPage();
    await signIn(pageA, 'editor');
    await signIn(pageB, 'editor');
    const docId = await openDocument(pageA);
    const claim = await createClaimFromSelection(pageA, 5);
    await pageB.goto(`/documents/${docId}#claim-${claim.id}`);

    const panelA = pageA.getByTestId('claim-panel');
    const panelB = pageB.getByTestId('claim-panel');
    await panelA.getByRole('button', { name: 'Edit claim' }).click();
    await panelB.getByRole('button', { name: 'Edit claim' }).click();

    await panelB.getByLabel('Speaker').fill('Speaker Beta');
    await panelB.getByRole('button', { name: 'Save' }).click();
    await expect(panelB).toContainText('Speaker Beta');

    await panelA.getByLabel('Speaker').fill('Speaker Alpha');
    await panelA.getByRole('button', { name: 'Save' }).click();
    const conflict = panelA.getByTestId('conflict');
    await expect(conflict).toContainText('Someone else changed this claim');
    await expect(conflict).toContainText('Speaker Beta');
    // Nothing was overwritten silently.
    await pageB.reload();
    await expect(pageB.getByTestId('claim-panel')).toContainText('Speaker Beta');

    await conflict.getByRole('button', { name: 'Reapply my changes' }).click();
    await expect(conflict).toHaveCount(0);
    await expect(panelA).toContainText('Speaker Alpha');
    await pageB.reload();
    await expect(pageB.getByTestId('claim-panel')).toContainText('Speaker Alpha');
  } finally {
    await a.close();
    await b.close();
  }
});
