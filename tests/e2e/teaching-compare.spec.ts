import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './claims-helpers';

// Comparison exercises end to end: the teacher (demo editor) makes a comparison exercise on two
// documents with a new question and gives their own answer; two students in their own browser
// contexts link a span of each document, give stances and a relation, blind; the teacher
// reveals and reads the scores and the class's agreement.

const run = Date.now().toString(36);
const studentPassword = 'student-password-long';

/** Selects the first `length` characters of the first long plain piece of one side's text. */
async function selectOnSide(page: Page, side: 'left' | 'right', length = 24) {
  return page.evaluate(
    ({ side, length }) => {
      const root = document.querySelector(`[data-testid="${side}-side"] [data-testid="exercise-text"]`)!;
      const el = [...root.querySelectorAll<HTMLElement>('span[data-o]')].find((s) => (s.textContent ?? '').trim().length > length + 4)!;
      const text = el.textContent!;
      const from = text.search(/\S/);
      const range = document.createRange();
      range.setStart(el.firstChild!, from);
      range.setEnd(el.firstChild!, from + length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return text.slice(from, from + length);
    },
    { side, length },
  );
}

async function linkSpan(page: Page, side: 'left' | 'right', stance: string) {
  const bar = page.getByRole('region', { name: 'Link selection' });
  let selected = '';
  await expect(async () => {
    selected = await selectOnSide(page, side);
    await expect(bar).toContainText(selected.slice(0, 16), { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await bar.getByLabel('Stance of the selection').selectOption(stance);
  await bar.getByRole('button', { name: 'Link selection' }).click();
  await expect(page.getByTestId(`my-${side}-items`)).toContainText(selected.slice(0, 16));
}

async function answer(page: Page, leftStance: string, rightStance: string, relation: string) {
  await linkSpan(page, 'left', leftStance);
  await linkSpan(page, 'right', rightStance);
  const pairs = page.getByRole('region', { name: 'Pairs' });
  await pairs.getByLabel('Left item').selectOption({ index: 1 });
  await pairs.getByLabel('Right item').selectOption({ index: 1 });
  await pairs.getByLabel('Relation').selectOption(relation);
  await pairs.getByRole('button', { name: 'Pair' }).click();
  await expect(page.getByTestId('my-pairs').locator('li')).toHaveCount(1);
}

async function joinAsStudent(browser: Browser, baseURL: string, code: string, name: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/join');
  await page.getByLabel('Class code').fill(code);
  await page.getByLabel('User name').fill(name);
  await page.getByLabel('Password').fill(studentPassword);
  await page.getByRole('button', { name: 'Join the class' }).click();
  await expect(page).toHaveURL(/\/classes\/[^/]+$/);
  return { context, page };
}

test('a class compares two documents blind, the teacher reveals and sees the scores', async ({ page, browser, baseURL }) => {
  test.setTimeout(150_000);
  await signIn(page, 'editor');
  await page.goto('/teach');
  const className = `Comparing sources ${run}`;
  await page.getByLabel('Class name').fill(className);
  await page.getByRole('button', { name: 'Create class' }).click();
  const row = page.getByTestId('class-table').getByRole('row', { name: new RegExp(className) });
  const code = (await row.getByTestId('join-code').textContent())!.trim();
  await row.getByRole('link', { name: className }).click();

  const form = page.getByRole('form', { name: 'New exercise' });
  await form.getByLabel('Title').fill('Two reports, one question');
  await form.getByLabel('Compare two documents on a question').check();
  await form.getByLabel('Left document').selectOption({ index: 1 });
  await form.getByLabel('Right document').selectOption({ index: 2 });
  await form.getByRole('textbox', { name: 'New question' }).fill(`Is the mission a success? ${run}`);
  await form.getByRole('button', { name: 'Create exercise' }).click();
  await expect(page).toHaveURL(/\/exercises\/[^/]+$/);
  const exerciseUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId('question')).toContainText(`Is the mission a success? ${run}`);
  await answer(page, 'supports', 'opposes', 'contradict'); // the teacher's answer: the reference

  const a = await joinAsStudent(browser, baseURL!, code, `cara-${run}`);
  const b = await joinAsStudent(browser, baseURL!, code, `dan-${run}`);
  await a.page.goto(exerciseUrl);
  await expect(a.page.locator('mark')).toHaveCount(0); // nothing of the teacher's answer
  await answer(a.page, 'supports', 'opposes', 'contradict');
  await b.page.goto(exerciseUrl);
  await expect(b.page.locator('mark')).toHaveCount(0); // nothing of Cara's work
  await expect(b.page.getByTestId('my-pairs')).toHaveCount(0);
  await answer(b.page, 'supports', 'neutral', 'agree');

  for (const s of [a, b]) {
    s.page.once('dialog', (d) => d.accept());
    await s.page.getByRole('button', { name: 'Submit' }).click();
    await expect(s.page.getByTestId('exercise-state')).toContainText('Submitted');
  }
  await a.page.goto(`${exerciseUrl}/results`);
  await expect(a.page).toHaveURL(new RegExp(`${exerciseUrl}$`));

  await page.goto(exerciseUrl);
  await expect(page.getByTestId('progress')).toHaveText('2 of 2 students submitted');
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Reveal results' }).click();
  await page.getByRole('link', { name: 'Results' }).click();
  const scores = page.getByTestId('score-table');
  await expect(scores.locator('tbody tr')).toHaveCount(2);
  const cara = scores.locator(`tr[data-student="cara-${run}"]`);
  const dan = scores.locator(`tr[data-student="dan-${run}"]`);
  await expect(cara.getByTestId('f1')).toHaveText('100%');
  await expect(cara.getByTestId('relation-accuracy')).toContainText('100%');
  await expect(cara.getByTestId('stance-accuracy')).toContainText('100%');
  await expect(dan.getByTestId('relation-accuracy')).toContainText('0%');
  await expect(dan.getByTestId('stance-accuracy')).toContainText('50%');
  await expect(page.getByTestId('alpha-table')).toContainText('relation');
  const csv = await page.request.get(`${exerciseUrl}/results/csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toMatch(new RegExp(`^student,items,pairs,link_precision[^\\n]*\\n(cara|dan)-${run},2,1,`));

  // After the reveal a student sees their answer beside the teacher's, never a classmate's.
  await b.page.reload();
  await expect(b.page.getByTestId('reference-answer').locator('[data-relation="contradict"]')).toHaveCount(1);
  await expect(b.page.getByTestId('own-answer').locator('[data-relation="agree"]')).toHaveCount(1);
  await expect(b.page.locator('body')).not.toContainText(`cara-${run}`);
  await a.context.close();
  await b.context.close();
});
