import { expect, type Page } from '@playwright/test';

// Shared steps for the reader, review, history, conflict and viewer specs.

// The demo accounts' password: read it from here only (the minimum length may change).
export const password = 'claimscope-demo';
export const accounts = { editor: 'editor@claimscope.local', annotator: 'annotator@claimscope.local', viewer: 'viewer@claimscope.local' } as const;

export async function signIn(page: Page, who: keyof typeof accounts) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(accounts[who]);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toContainText(accounts[who]);
}

export async function openDocument(page: Page, title: RegExp = /Blick in alle Richtungen/) {
  await page.goto('/');
  await page.getByRole('link', { name: title }).first().click();
  await expect(page.getByTestId('document-text')).toBeVisible();
  return page.url().split('/documents/')[1].split('#')[0];
}

/**
 * Selects `length` characters of plain (not yet highlighted) text in the reader, picking the
 * nth plain piece from the end so each test works on its own stretch of text.
 */
export async function selectPlainText(page: Page, nthFromEnd: number, length = 24) {
  return page.evaluate(
    ({ nthFromEnd, length }) => {
      const pieces = [...document.querySelectorAll<HTMLElement>('[data-testid="document-text"] span[data-o]')].filter((el) => (el.textContent ?? '').trim().length > length + 12);
      const el = pieces[pieces.length - 1 - nthFromEnd];
      const node = el.firstChild!;
      const text = el.textContent!;
      const from = text.search(/\S/) + 2;
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, from + length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return { text: text.slice(from, from + length), start: Number(el.dataset.o) + from, after: text.slice(from + length, from + length + 4) };
    },
    { nthFromEnd, length },
  );
}

/** Creates a claim from a selection and returns its id (read from the highlight). */
export async function createClaimFromSelection(page: Page, nthFromEnd: number, kind = 'Factual') {
  const bar = page.getByRole('region', { name: 'New claim from selection' });
  let selected = { text: '', start: 0, after: '' };
  // Right after a (re)load the reader may not be hydrated yet and misses the selection event:
  // select again until the bar shows the selected text.
  await expect(async () => {
    selected = await selectPlainText(page, nthFromEnd);
    await expect(bar).toContainText(selected.text.slice(0, 20), { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await bar.getByRole('combobox').selectOption({ label: kind });
  await bar.getByRole('button', { name: 'Create claim' }).click();
  const panel = page.getByTestId('claim-panel');
  await expect(panel.getByTestId('panel-quote')).toHaveText(selected.text);
  const id = (await page.getByTestId('claim-panel').getAttribute('data-claim-id'))!;
  await expect(page.locator(`#claim-${id}`)).toHaveText(selected.text);
  return { id, ...selected };
}
