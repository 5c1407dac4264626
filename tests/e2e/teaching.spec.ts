import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './claims-helpers';

// Teaching mode end to end: a teacher (the demo editor) makes a class and an exercise, two
// students join with the code in their own browser contexts and annotate blind, submit, and
// the teacher reveals and reads the scores and the heat map.

const run = Date.now().toString(36);
const studentPassword = 'student-password-long';

/** Selects `length` characters at the start of the nth paragraph's first plain piece of the exercise text. */
async function selectInParagraph(page: Page, paragraph: number, length = 24) {
  return page.evaluate(
    ({ paragraph, length }) => {
      const p = document.querySelectorAll('[data-testid="exercise-text"] p')[paragraph];
      const el = [...p.querySelectorAll<HTMLElement>('span[data-o]')].find((s) => (s.textContent ?? '').trim().length > length + 4)!;
      const text = el.textContent!;
      const from = text.search(/\S/);
      const range = document.createRange();
      range.setStart(el.firstChild!, from);
      range.setEnd(el.firstChild!, from + length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return text.slice(from, from + length);
    },
    { paragraph, length },
  );
}

async function annotate(page: Page, paragraph: number, kind: string) {
  const bar = page.getByRole('region', { name: 'New annotation from selection' });
  let selected = '';
  await expect(async () => {
    selected = await selectInParagraph(page, paragraph);
    await expect(bar).toContainText(selected.slice(0, 16), { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await bar.getByLabel('Kind').selectOption({ label: kind });
  await bar.getByRole('button', { name: 'Add annotation' }).click();
  await expect(page.getByTestId('my-annotations')).toContainText(selected);
  return selected;
}

async function joinAsStudent(browser: Browser, baseURL: string, code: string, name: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/join');
  await page.getByLabel('Class code').fill(code.toLowerCase());
  await page.getByLabel('User name').fill(name);
  await page.getByLabel('Password').fill(studentPassword);
  await page.getByRole('button', { name: 'Join the class' }).click();
  await expect(page).toHaveURL(/\/classes\/[^/]+$/);
  await expect(page.getByTestId('current-user')).toContainText(name);
  return { context, page };
}

test('a class annotates blind, the teacher reveals and sees scores and the heat map', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await signIn(page, 'editor');
  await page.goto('/teach');
  const className = `Media literacy ${run}`;
  await page.getByLabel('Class name').fill(className);
  await page.getByRole('button', { name: 'Create class' }).click();
  const row = page.getByTestId('class-table').getByRole('row', { name: new RegExp(className) });
  const code = (await row.getByTestId('join-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await row.getByRole('link', { name: className }).click();

  const form = page.getByRole('form', { name: 'New exercise' });
  await form.getByLabel('Title').fill('Who claims what?');
  await form.getByLabel('Instructions').fill('Mark every claim and say what kind it is.');
  await form.getByLabel(/Blick in alle Richtungen/).first().check();
  await form.getByRole('button', { name: 'Create exercise' }).click();
  await expect(page).toHaveURL(/\/exercises\/[^/]+$/);
  const exerciseUrl = new URL(page.url()).pathname;

  const a = await joinAsStudent(browser, baseURL!, code, `anna-${run}`);
  const b = await joinAsStudent(browser, baseURL!, code, `ben-${run}`);

  // Anna annotates; Ben sees none of it (and no engine claims), then marks the same sentence and another.
  await a.page.getByRole('link', { name: 'Who claims what?' }).click();
  await expect(a.page.getByTestId('exercise-text').first()).toBeVisible();
  await expect(a.page.locator('mark')).toHaveCount(0);
  await annotate(a.page, 0, 'Factual');
  await b.page.goto(exerciseUrl);
  await expect(b.page.getByTestId('exercise-text').first()).toBeVisible();
  await expect(b.page.locator('mark')).toHaveCount(0);
  await expect(b.page.getByTestId('my-annotations').locator('li')).toHaveCount(0);
  await annotate(b.page, 0, 'Evaluative');
  await annotate(b.page, 2, 'Factual');
  await a.page.reload();
  await expect(a.page.getByTestId('my-annotations').locator('li')).toHaveCount(1);

  // Students are kept out of everything else, and out of the results.
  await a.page.goto('/');
  await expect(a.page).toHaveURL(/\/classes$/);
  await a.page.goto(`${exerciseUrl}/results`);
  await expect(a.page).toHaveURL(new RegExp(`${exerciseUrl}$`));

  for (const s of [a, b]) {
    s.page.once('dialog', (d) => d.accept());
    await s.page.getByRole('button', { name: 'Submit' }).click();
    await expect(s.page.getByTestId('exercise-state')).toContainText('Submitted');
  }

  await page.goto(exerciseUrl);
  await expect(page.getByTestId('progress')).toHaveText('2 of 2 students submitted');
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Reveal results' }).click();
  await page.getByRole('link', { name: 'Results' }).click();
  const scores = page.getByTestId('score-table');
  await expect(scores.locator('tbody tr')).toHaveCount(2);
  await expect(scores).toContainText(`anna-${run}`);
  await expect(scores).toContainText(`ben-${run}`);
  await expect(page.getByTestId('heat-map').locator('[data-marked="2"]')).toHaveCount(1);
  await expect(page.getByTestId('heat-map').locator('[data-marked="1"]')).toHaveCount(1);
  await expect(page.getByTestId('alpha-table')).toContainText('marked or not');
  await expect(page.getByTestId('disagreement-list').locator('li').first()).toBeVisible();
  const csv = await page.request.get(`${exerciseUrl}/results/csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toMatch(new RegExp(`^student,annotations,exact_f1[^\\n]*\\n(anna|ben)-${run},`));

  // After the reveal a student sees their own work beside the reference, still nobody else's.
  await b.page.reload();
  await expect(b.page.getByTestId('own-side').first().locator('mark')).toHaveCount(2);
  await a.page.goto(exerciseUrl);
  await expect(a.page.getByTestId('own-side').first().locator('mark')).toHaveCount(1);
  await a.context.close();
  await b.context.close();
});
