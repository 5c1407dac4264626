import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn } from './claims-helpers';
import { withDatabase } from './e2e-database';

// Adding documents in the browser: three files are previewed, one title is corrected, all are
// saved, listed, and each document page shows its claims once the background job is done.
// Three formats: an HTML page (its <title>, Open Graph and published time are the guesses, its
// script never reaches the text), a Markdown file and a PDF made by a word processor.

const pdf = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/import/formats/word-processor-de.pdf'));
const tramPage = `<!doctype html><html lang="en"><head><title>Tram budget approved | City Post</title>
<meta property="og:title" content="City council approves tram budget"><meta property="og:site_name" content="City Post">
<meta property="article:published_time" content="2024-03-12T09:00:00Z"><script>document.title = 'injected'</script></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><article><h1>City council approves tram budget</h1>
<p>The city council approved a budget of 48 million euros for the new tram line on Tuesday. Mayor Ann Lee said the line "will carry 20,000 passengers a day".</p>
<p>Critics argue that the costs are far too high and that buses would serve the district better.</p></article></body></html>`;

const files = [
  { name: 'tram-budget.html', mimeType: 'text/html', buffer: Buffer.from(tramPage), excerpt: 'The city council approved a budget of 48 million' },
  {
    name: 'harbour-report.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('# Harbour report\n\nThe harbour handled 4.1 million tonnes of goods in 2023, the port authority said. Its director expects growth of 3 percent next year.'),
    excerpt: 'The harbour handled 4.1 million tonnes of goods',
  },
  { name: 'arbeitsmarkt.pdf', mimeType: 'application/pdf', buffer: pdf, excerpt: 'Die Arbeitslosenquote ist im Herbst deutlich gestiegen' },
];

test('an editor uploads three files, corrects a title, and sees them listed with their claims', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'editor');
  await page.goto('/');
  await page.getByRole('link', { name: 'Add documents' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add documents');

  await page.getByLabel('Files to add').setInputFiles(files.map(({ name, mimeType, buffer }) => ({ name, mimeType, buffer })));
  const items = page.getByTestId('upload-item');
  await expect(items).toHaveCount(3);
  for (const f of files) await expect(page.getByRole('listitem', { name: f.name }).getByTestId('item-excerpt')).toContainText(f.excerpt);

  // Guessed metadata: the page's Open Graph title, outlet and date; the Markdown heading; the PDF's info.
  const tram = page.getByRole('listitem', { name: 'tram-budget.html' });
  await expect(tram.getByLabel('Title')).toHaveValue('City council approves tram budget');
  await expect(tram.getByLabel(/Published/)).toHaveValue('2024-03-12');
  await expect(tram.getByTestId('item-excerpt')).not.toContainText('injected');
  const harbour = page.getByRole('listitem', { name: 'harbour-report.md' });
  await expect(harbour.getByLabel('Title')).toHaveValue('Harbour report');
  const labour = page.getByRole('listitem', { name: 'arbeitsmarkt.pdf' });
  await expect(labour.getByLabel('Title')).toHaveValue('Arbeitslosigkeit im Herbst gestiegen');
  await labour.getByLabel('Title').fill('Arbeitslosigkeit steigt im Herbst');

  await page.getByRole('button', { name: 'Save 3 documents' }).click();
  for (const f of files) await expect(page.getByRole('listitem', { name: f.name }).getByTestId('item-status')).toContainText('Stored');

  await page.goto('/');
  const list = page.getByTestId('document-list');
  await expect(list.getByRole('link', { name: /Arbeitslosigkeit steigt im Herbst/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /Harbour report/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /City council approves tram budget/ })).toBeVisible();

  // The document page shows "extracting…" until the job is done, then the claims (it refreshes itself).
  await list.getByRole('link', { name: /Arbeitslosigkeit steigt/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arbeitslosigkeit steigt im Herbst');
  await expect(page.getByTestId('extraction-status')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('doc-claim-count')).not.toHaveText('0');
  await expect(page.getByTestId('document-text').locator('mark[data-kind]').first()).toBeVisible();

  // Every upload was extracted: the list (which refreshes itself while any is extracting, no
  // reload here) ends with claim counts and no "extracting…".
  await page.goto('/');
  await expect(page.getByTestId('extraction-state')).toHaveCount(0, { timeout: 60_000 });
  // Other specs may have added documents to this server's database before: count ours only.
  for (const title of [/Arbeitslosigkeit steigt im Herbst/, /Harbour report/, /City council approves tram budget/]) {
    await expect(page.getByTestId('document-list').getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) }).getByTestId('claim-count')).toHaveCount(1);
  }
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
