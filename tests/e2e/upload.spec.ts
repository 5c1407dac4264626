import { expect, test } from '@playwright/test';
import { signIn } from './claims-helpers';
import { withDatabase } from './e2e-database';

// Adding documents in the browser: three files are previewed, one title is corrected, all are
// saved, listed, and each document page shows its claims once the background job is done.
// (The third file is a second .txt: this branch's format parser reads .txt and .md only.)

const files = [
  {
    name: 'tram-budget.txt',
    mimeType: 'text/plain',
    text: 'The city council approved a budget of 48 million euros for the new tram line on Tuesday. Mayor Ann Lee said the line "will carry 20,000 passengers a day". Critics argue that the costs are far too high.',
  },
  {
    name: 'harbour-report.md',
    mimeType: 'text/markdown',
    text: '# Harbour report\n\nThe harbour handled 4.1 million tonnes of goods in 2023, the port authority said. Its director expects growth of 3 percent next year.',
  },
  {
    name: 'school-meals.txt',
    mimeType: 'text/plain',
    text: 'date 2024-05\nThe district will serve free school meals to 12,000 pupils from September, the education minister announced. Parents welcomed the decision.',
  },
];

test('an editor uploads three files, corrects a title, and sees them listed with their claims', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'editor');
  await page.goto('/');
  await page.getByRole('link', { name: 'Add documents' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add documents');

  await page.getByLabel('Files to add').setInputFiles(files.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: Buffer.from(f.text) })));
  const items = page.getByTestId('upload-item');
  await expect(items).toHaveCount(3);
  for (const f of files) await expect(page.getByRole('listitem', { name: f.name }).getByTestId('item-excerpt')).toContainText(f.text.split('\n').at(-1)!.slice(0, 40));

  // Guessed metadata: the Markdown heading as title, the date line as publication date.
  const harbour = page.getByRole('listitem', { name: 'harbour-report.md' });
  await expect(harbour.getByLabel('Title')).toHaveValue('Harbour report');
  const meals = page.getByRole('listitem', { name: 'school-meals.txt' });
  await expect(meals.getByLabel(/Published/)).toHaveValue('2024-05');
  await meals.getByLabel('Title').fill('Free school meals for 12,000 pupils');

  await page.getByRole('button', { name: 'Save 3 documents' }).click();
  for (const f of files) await expect(page.getByRole('listitem', { name: f.name }).getByTestId('item-status')).toContainText('Stored');

  await page.goto('/');
  const list = page.getByTestId('document-list');
  await expect(list.getByRole('link', { name: /Free school meals for 12,000 pupils/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /Harbour report/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /city council approved a budget/ })).toBeVisible();

  // The document page shows "extracting…" until the job is done, then the claims (it refreshes itself).
  await list.getByRole('link', { name: /Free school meals/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Free school meals for 12,000 pupils');
  await expect(page.getByTestId('extraction-status')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('doc-claim-count')).not.toHaveText('0');
  await expect(page.getByTestId('document-text').locator('mark[data-kind]').first()).toBeVisible();

  // Every upload was extracted: the list shows claim counts, no "extracting…".
  await expect(async () => {
    await page.goto('/');
    await expect(page.getByTestId('extraction-state')).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByTestId('claim-count')).toHaveCount(5);
});

test('a viewer is refused the upload page and sees no link to it', async ({ page }) => {
  await signIn(page, 'viewer');
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Add documents' })).toHaveCount(0);
  await page.goto('/documents/new');
  await expect(page.getByText('Adding documents needs the annotator role; you are signed in as viewer.')).toBeVisible();
  await expect(page.getByTestId('drop-zone')).toHaveCount(0);
});

test('a failed extraction shows its error; Retry extracts the document again', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'annotator');
  await page.goto('/documents/new');
  await page.getByLabel('Or paste text').fill('The water board said the dam repair will cost 7 million euros. Farmers fear the works will take two years.');
  await page.getByRole('button', { name: 'Add text' }).click();
  const item = page.getByRole('listitem', { name: 'pasted text' });
  await expect(item.getByTestId('item-excerpt')).toContainText('The water board said');
  await page.getByRole('button', { name: 'Save 1 document' }).click();
  await expect(item.getByTestId('item-status')).toContainText('Stored');
  await item.getByRole('link').click();
  await expect(page.getByTestId('document-text')).toContainText('The water board said');
  await expect(page.getByTestId('extraction-status')).toHaveCount(0, { timeout: 60_000 });
  const id = page.url().split('/documents/')[1];

  // A job that failed for good, as the worker records it (the engine does not fail on demand).
  await withDatabase((db) =>
    db.query(`UPDATE "Document" SET "extractionStatus" = 'failed', "extractionError" = 'the engine crashed', "extractionAttempts" = 3 WHERE id = $1`, [id]),
  );
  await page.reload();
  const status = page.getByTestId('extraction-status');
  await expect(status).toContainText('failed after 3 attempts: the engine crashed');
  await status.getByRole('button', { name: 'Retry' }).click();
  await expect(status).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('doc-claim-count')).not.toHaveText('0');
  const row = await withDatabase(async (db) => (await db.query(`SELECT "extractionStatus", "extractionError", "extractionAttempts" FROM "Document" WHERE id = $1`, [id])).rows[0]);
  expect(row).toEqual({ extractionStatus: 'done', extractionError: null, extractionAttempts: 1 });
});
