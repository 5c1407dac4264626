import { expect, test } from '@playwright/test';
import { signIn } from './claims-helpers';

// A personal API token from the account page works against the REST API from a client with
// no cookies, is shown once, and stops working the moment it is revoked in the UI.

test('create a token in the UI, call the API with it, revoke it, and it is refused', async ({ page, playwright, baseURL }) => {
  await signIn(page, 'annotator');
  await page.getByRole('link', { name: 'API tokens' }).click();
  await expect(page).toHaveURL(/\/account\/tokens$/);
  const name = `e2e script ${Date.now().toString(36)}`;
  await page.getByLabel('Name (what uses it)').fill(name);
  await page.getByRole('button', { name: 'Create token' }).click();
  const shown = page.getByTestId('new-token');
  await expect(shown).toContainText('it will not be shown again');
  const secret = await page.getByLabel('New API token').inputValue();
  expect(secret).toMatch(/^cs_[A-Za-z0-9_-]{43}$/);
  const row = page.getByTestId('token-table').getByRole('row').filter({ hasText: name });
  await expect(row).toContainText(`${secret.slice(0, 10)}…`);
  await expect(row).toContainText('active');
  await expect(row).not.toContainText(secret);

  // Shown once: a reload lists the token but never its secret.
  await page.reload();
  await expect(page.getByTestId('new-token')).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);

  const api = await playwright.request.newContext({ baseURL });
  try {
    const ok = await api.get('/api/v1/search?q=Richtungen', { headers: { authorization: `Bearer ${secret}` } });
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toHaveProperty('data.results');
    // Without the token the same cookie-less client is turned away; a page is not opened by it.
    expect((await api.get('/api/v1/claims/x')).status()).toBe(401);
    const pageWithToken = await api.get('/review', { headers: { authorization: `Bearer ${secret}` }, maxRedirects: 0 });
    expect(pageWithToken.status()).toBe(307);
    expect(pageWithToken.headers().location).toContain('/login');

    await page.reload();
    await expect(row).toContainText(/UTC/); // last used is now set
    page.once('dialog', (d) => d.accept());
    await row.getByRole('button', { name: `Revoke ${name}` }).click();
    await expect(page.getByRole('status')).toContainText(`Revoked “${name}”`);
    await expect(row).toContainText('revoked');

    const refused = await api.get('/api/v1/search?q=Richtungen', { headers: { authorization: `Bearer ${secret}` } });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error).toEqual({ code: 'UNAUTHENTICATED', message: 'This API token was revoked.' });
  } finally {
    await api.dispose();
  }
});
