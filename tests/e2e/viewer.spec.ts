import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openDocument, selectPlainText, signIn } from './claims-helpers';

/** The id Next.js gave a server action in this build (what a forged request has to send). */
function serverActionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as { node: Record<string, { exportedName: string }> };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!entry) throw new Error(`no server action ${exportedName} in this build`);
  return entry[0];
}

async function firstClaim(page: Page) {
  const mark = page.locator('mark[data-claim]').first();
  return { id: (await mark.getAttribute('data-claim'))!, kind: (await mark.getAttribute('data-kind'))! };
}

test('a viewer sees claims but no editing controls', async ({ page }) => {
  await signIn(page, 'viewer');
  await openDocument(page);
  await page.locator('mark[data-claim]').first().click();
  const panel = page.getByTestId('claim-panel');
  await expect(panel.getByTestId('panel-quote')).toBeVisible();
  await expect(panel.getByRole('link', { name: 'History of this claim' })).toBeVisible();
  await expect(panel.getByRole('button', { name: /Edit claim|Delete|Accept|Reject|Link topic|Post comment/ })).toHaveCount(0);
  await selectPlainText(page, 0);
  await expect(page.getByRole('region', { name: 'New claim from selection' })).toHaveCount(0);
  await page.goto('/review');
  await expect(page.getByText('Read only')).toBeVisible();
  await expect(page.getByTestId('review-claims').getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Accept' })).toHaveCount(0);
});

test('the server refuses a viewer’s forged REST and server-action requests and changes nothing', async ({ page, baseURL }) => {
  await signIn(page, 'viewer');
  const docId = await openDocument(page);
  const claim = await firstClaim(page);
  const newKind = claim.kind === 'quote' ? 'factual' : 'quote';

  const patch = await page.request.patch(`/api/v1/claims/${claim.id}`, { data: { version: 1, kind: newKind }, headers: { origin: baseURL! } });
  expect(patch.status()).toBe(403);
  expect((await patch.json()).error.code).toBe('FORBIDDEN');
  const del = await page.request.delete(`/api/v1/claims/${claim.id}?version=1`, { headers: { origin: baseURL! } });
  expect(del.status()).toBe(403);

  const forged = await page.request.post(`/documents/${docId}`, {
    headers: { 'next-action': serverActionId('updateClaimAction'), accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8', origin: baseURL! },
    data: JSON.stringify([{ id: claim.id, version: 1, kind: newKind }]),
  });
  const body = await forged.text();
  expect(body).toContain('FORBIDDEN');
  expect(body).not.toContain('"ok":true');

  const status = await page.request.post(`/review`, {
    headers: { 'next-action': serverActionId('setClaimStatusAction'), accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8', origin: baseURL! },
    data: JSON.stringify([{ items: [{ id: claim.id, version: 1 }], status: 'rejected' }]),
  });
  expect(await status.text()).toContain('FORBIDDEN');

  await page.reload();
  const mark = page.locator(`#claim-${claim.id}`);
  await expect(mark).toHaveAttribute('data-kind', claim.kind);
  await expect(mark).not.toHaveAttribute('data-status', 'rejected');
});

test('an anonymous REST request is refused as unauthenticated', async ({ page, baseURL }) => {
  await signIn(page, 'viewer');
  await openDocument(page);
  const claim = await firstClaim(page);
  await page.context().clearCookies();
  const res = await page.request.patch(`/api/v1/claims/${claim.id}`, { data: { version: 1, kind: 'quote' }, headers: { origin: baseURL! } });
  expect(res.status()).toBe(401);
  const forgedId = await page.request.patch(`/api/v1/claims/not-a-claim`, { data: { version: 1, kind: 'quote' }, headers: { origin: baseURL! } });
  expect(forgedId.status()).toBe(401);
});
