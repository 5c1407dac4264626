import { expect, test } from '@playwright/test';
import { accounts, password, signIn } from './claims-helpers';

// Issue 11, authentication: the /login form is behind the sign-in limiter, `next` never leaves
// the site, and "Sign out everywhere" ends the user's other sessions too.

test('wrong passwords at /login end in the limiter message (an unknown account, like any other)', async ({ page }) => {
  await page.goto('/login');
  const alert = page.locator('form').getByRole('alert');
  for (let attempt = 1; attempt <= 12; attempt++) {
    await page.getByLabel('Email').fill('nobody-e2e@claimscope.local');
    await page.getByLabel('Password').fill(`wrong-password-${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // React resets the form once the action has answered.
    await expect(page.getByLabel('Email')).toHaveValue('');
    await expect(alert).toHaveText(/Wrong email or password\.|Too many failed sign-ins/);
    if (/Too many failed sign-ins/.test((await alert.textContent()) ?? '')) break;
  }
  await expect(alert).toHaveText(/^Too many failed sign-ins for this account\. Try again in \d+ (seconds?|minutes?)\.$/);
});

test('next=/%5Cevil.example/x stays on the site after signing in', async ({ page, baseURL }) => {
  await page.goto('/login?next=/%5Cevil.example/x');
  await page.getByLabel('Email').fill(accounts.viewer);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toContainText(accounts.viewer);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(page.url()).pathname).toBe('/');
});

test('"Sign out everywhere" signs out the other browser too', async ({ browser }) => {
  const [first, second] = [await browser.newContext(), await browser.newContext()];
  const [a, b] = [await first.newPage(), await second.newPage()];
  await signIn(a, 'annotator');
  await signIn(b, 'annotator');
  await a.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(a).toHaveURL(/\/login$/);
  await b.reload();
  await expect(b.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(b.getByTestId('current-user')).toHaveCount(0);
  await Promise.all([first.close(), second.close()]);
});
