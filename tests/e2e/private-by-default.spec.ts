import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { accounts, password, signIn } from './claims-helpers';
import { runCli, withDatabase } from './e2e-database';

// Issue 11, items 1 and 5: private by default, public reading as a workspace switch, names
// instead of e-mail addresses, security headers with a CSP nonce, and 400/403 instead of 500
// for malformed addresses and cross-site server actions.

test.describe.configure({ mode: 'serial' });

const admin = { email: 'admin-e2e@claimscope.local', password: 'e2e-admin-password-long-enough-2026' };
const payloads = ['<img src=x onerror=window.__xss=1>', '<script>window.__xss=1</script>'];
const payload = payloads.join(' ');
const anyEmail = /[\w.+-]+@(claimscope|test)\.local/g;
const ids = { doc: '', claim: '', topic: '', payloadDoc: '', payloadClaim: '', payloadTopic: '' };

function serverActionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as { node: Record<string, { exportedName: string }> };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!entry) throw new Error(`no server action ${exportedName} in this build`);
  return entry[0];
}

/** Stored XSS payloads in every user-editable field: document metadata, claim, topic, link rationale, comment. */
async function storePayloads() {
  await withDatabase(async (db) => {
    const now = new Date();
    const editor = (await db.query('SELECT id FROM "User" WHERE email = $1', [accounts.editor])).rows[0].id as string;
    const [doc, claim, topic] = [randomUUID(), randomUUID(), randomUUID()];
    const text = `Opening sentence. ${payload} said the mayor. Closing sentence.`;
    const start = text.indexOf(payload);
    await db.query('INSERT INTO "Document" (id, title, authors, language, text, "contentHash", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7)', [doc, `Payload ${payload}`, [payload], 'en', text, randomUUID(), now]);
    await db.query(
      `INSERT INTO "Claim" (id, "documentId", text, start, "end", kind, speaker, reason, origin, "createdById", "assigneeId", "updatedAt") VALUES ($1, $2, $3, $4, $5, 'quote', $6, $7, 'human', $8, $8, $9)`,
      [claim, doc, payload, start, start + payload.length, payload, [payload], editor, now],
    );
    await db.query('INSERT INTO "Topic" (id, label, question, concepts, "updatedAt") VALUES ($1, $2, $3, $4, $5)', [topic, `Topic ${payload}`, payload, [], now]);
    await db.query('INSERT INTO "ClaimTopic" (id, "claimId", "topicId", rationale, "updatedAt") VALUES ($1, $2, $3, $4, $5)', [randomUUID(), claim, topic, payload, now]);
    await db.query('INSERT INTO "Comment" (id, "topicId", "userId", body, "updatedAt") VALUES ($1, $2, $3, $4, $5)', [randomUUID(), topic, editor, payload, now]);
    await db.query('INSERT INTO "Comment" (id, "claimId", "userId", body, "updatedAt") VALUES ($1, $2, $3, $4, $5)', [randomUUID(), claim, editor, payload, now]);
    // A change by the editor, so the claim's history names someone (with a payload comment).
    await db.query(`INSERT INTO "Revision" (id, "entityType", "entityId", action, "after", comment, "userId") VALUES ($1, 'claim', $2, 'update', $3, $4, $5)`, [randomUUID(), claim, JSON.stringify({ speaker: payload }), payload, editor]);
    Object.assign(ids, { payloadDoc: doc, payloadClaim: claim, payloadTopic: topic });
  });
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await runCli(['user', 'add', admin.email, '--role', 'admin', '--name', 'E2E Admin', '--password', admin.password]);
  await storePayloads();
  await withDatabase(async (db) => {
    ids.doc = (await db.query(`SELECT id FROM "Document" WHERE title LIKE 'Blick in alle Richtungen%' LIMIT 1`)).rows[0].id;
    ids.claim = (await db.query('SELECT id FROM "Claim" WHERE "documentId" = $1 LIMIT 1', [ids.doc])).rows[0].id;
    ids.topic = (await db.query('SELECT "topicId" FROM "ClaimTopic" LIMIT 1')).rows[0].topicId;
  });
});

test.afterAll(async () => {
  await withDatabase(async (db) => {
    await db.query('DELETE FROM "WorkspaceSetting"');
    await db.query('DELETE FROM "Document" WHERE id = $1', [ids.payloadDoc]);
    await db.query('DELETE FROM "Revision" WHERE "entityId" = $1', [ids.payloadClaim]);
    await db.query('DELETE FROM "Topic" WHERE id = $1', [ids.payloadTopic]);
    // Comparing with the payload document suggested topics for that set: remove them too.
    await db.query(`DELETE FROM "Topic" t WHERE origin = 'auto' AND NOT EXISTS (SELECT 1 FROM "ClaimTopic" l WHERE l."topicId" = t.id)`);
    await db.query('DELETE FROM "SuggestionState" WHERE $1 = ANY("documentIds")', [ids.payloadDoc]);
    await db.query('DELETE FROM "User" WHERE email = $1', [admin.email]);
  });
});

async function signInAsAdmin(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toContainText(admin.email);
}

async function setPublicReading(page: Page, on: boolean) {
  await signInAsAdmin(page);
  await page.goto('/admin/users');
  const toggle = page.getByTestId('public-read-toggle');
  if ((await toggle.isChecked()) !== on) await toggle.click();
  await expect(toggle).toBeChecked({ checked: on });
  await page.reload();
  await expect(page.getByTestId('public-read-toggle')).toBeChecked({ checked: on });
}

const readingPages = () => ['/', `/documents/${ids.doc}`, '/compare', `/compare?ids=${ids.doc},${ids.payloadDoc}`, `/topics/${ids.topic}`, '/search?q=Nato'];
const privatePages = () => ['/review', `/claims/${ids.payloadClaim}/history`, '/admin/users'];

test('signed out, every page but /login sends you to sign in, coming back afterwards', async ({ page }) => {
  for (const path of [...readingPages(), ...privatePages()]) {
    await page.goto(path);
    const url = new URL(page.url());
    expect(url.pathname, path).toBe('/login');
    if (path !== '/') expect(decodeURIComponent(url.searchParams.get('next') ?? ''), path).toBe(path); // commas may come back as %2C
    expect(await page.content(), path).not.toMatch(anyEmail);
  }
  await page.goto(`/review`);
  await page.getByLabel('Email').fill(accounts.viewer);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/review$/);
});

test('signed out, the API answers 401 in the standard error shape', async ({ request }) => {
  const comparison = await request.get(`/api/v1/comparisons?ids=${ids.doc},${ids.payloadDoc}`);
  expect(comparison.status()).toBe(401);
  expect(await comparison.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Please sign in first.' } });
  const patch = await request.patch(`/api/v1/claims/${ids.claim}`, { data: { version: 1, kind: 'quote' } });
  expect(patch.status()).toBe(401);
  const search = await request.get('/api/v1/search?q=Nato');
  expect(search.status()).toBe(401);
  expect(await search.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Please sign in first.' } });
});

test('a forged session cookie gets no further than no cookie: the page looks the session up', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'better-auth.session_token', value: 'forged.token', url: baseURL! }]);
  for (const path of [...readingPages(), ...privatePages()]) {
    await page.goto(path);
    expect(new URL(page.url()).pathname, path).toBe('/login');
  }
  const api = await page.request.get(`/api/v1/comparisons?ids=${ids.doc},${ids.payloadDoc}`);
  expect(api.status()).toBe(401);
});

test('every page response carries the security headers, with a fresh CSP nonce on the scripts', async ({ page }) => {
  const first = (await page.goto('/login'))!;
  const headers = first.headers();
  const csp = headers['content-security-policy'];
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'))!;
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  expect(nonce).toBeTruthy();
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['strict-transport-security']).toBeUndefined(); // plain http here
  const scriptNonces = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  for (const n of scriptNonces) expect(n).toBe(nonce);
  const second = (await page.request.get('/login')).headers()['content-security-policy'];
  expect(second).not.toContain(nonce!);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled(); // the app still hydrates under the CSP
});

test('malformed addresses get 400 with a message, never 500', async ({ page }) => {
  await signIn(page, 'viewer');
  const cases: [string, RegExp][] = [
    ['/documents/%E0%A4%A', /broken percent-escape/],
    ['/claims/%E0%A4%A/history', /broken percent-escape/],
    [`/documents/${ids.doc}%00`, /control character/],
    [`/claims/a%00b/history`, /control character/],
    [`/compare?ids=${ids.doc}%00,${ids.payloadDoc}`, /control character/],
    ['/review?document=%00', /control character/],
    ['/review?status=accepted%00', /control character/],
  ];
  for (const [path, message] of cases) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(400);
    expect(await res.text(), path).toMatch(message);
  }
  const api = await page.request.patch('/api/v1/claims/a%00b', { data: { version: 1 } });
  expect(api.status()).toBe(400);
  expect(await api.json()).toMatchObject({ error: { code: 'BAD_INPUT', message: expect.stringContaining('control character') } });
  // Next.js re-encodes the query before the proxy sees it (a broken escape becomes U+FFFD): a malformed id, not a 500.
  const broken = await page.request.get('/api/v1/comparisons?ids=%E0%A4%A,b');
  expect(broken.status()).toBe(400);
  expect((await broken.json()).error.code).toBe('BAD_INPUT');
});

test('a server action posted from another site gets 403, not 500', async ({ request }) => {
  for (const [path, action] of [['/login', 'signIn'], [`/documents/${ids.doc}`, 'updateClaimAction']] as const) {
    const res = await request.post(path, {
      headers: { 'next-action': serverActionId(action), origin: 'https://evil.example', accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8' },
      data: JSON.stringify([{ id: ids.claim, version: 1, kind: 'quote' }]),
    });
    expect(res.status(), path).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'Cross-site requests are not allowed.' } });
  }
});

test('viewers and editors see people by name; only admins see e-mail addresses', async ({ page }) => {
  for (const who of ['viewer', 'editor'] as const) {
    await signIn(page, who);
    for (const path of ['/review', `/claims/${ids.payloadClaim}/history`, `/documents/${ids.payloadDoc}`]) {
      await page.goto(path);
      const others = (await page.content()).match(anyEmail)?.filter((e) => e !== accounts[who]) ?? [];
      expect(others, `${who} on ${path}`).toEqual([]);
    }
    await page.goto(`/claims/${ids.payloadClaim}/history`);
    expect(await page.content()).toContain('Demo Editor');
    await page.context().clearCookies();
  }
  await signInAsAdmin(page);
  await page.goto('/review');
  expect(await page.content()).toContain(accounts.editor);
});

test('public reading opens documents, topics and comparisons to signed-out visitors, never review or history', async ({ page, browser }) => {
  await setPublicReading(page, true);
  const visitor = await browser.newPage();
  try {
    for (const path of readingPages()) {
      const res = await visitor.goto(path);
      expect(res?.status(), path).toBe(200);
      expect(new URL(visitor.url()).pathname, path).not.toBe('/login');
      expect(await visitor.content(), path).not.toMatch(anyEmail);
    }
    await visitor.goto(`/documents/${ids.doc}`);
    await expect(visitor.getByTestId('document-text')).toBeVisible();
    await visitor.goto(`/topics/${ids.payloadTopic}`);
    await expect(visitor.getByTestId('comment-thread')).toContainText(payload); // comments by name, no e-mail
    expect(await visitor.content()).not.toMatch(anyEmail);
    for (const path of privatePages()) {
      await visitor.goto(path);
      expect(new URL(visitor.url()).pathname, path).toBe('/login');
    }
    const api = await visitor.request.get(`/api/v1/comparisons?ids=${ids.doc},${ids.payloadDoc}`);
    expect(api.status()).toBe(200);
    await setPublicReading(page, false);
    await visitor.goto(`/documents/${ids.doc}`);
    expect(new URL(visitor.url()).pathname).toBe('/login');
  } finally {
    await visitor.close();
  }
});

test('stored payloads in every user-editable field stay inert under the CSP', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(e.effectiveDirective));
  });
  await signIn(page, 'editor');
  const xss = () => page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
  await page.goto(`/documents/${ids.payloadDoc}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(payloads[0]);
  await page.locator(`#claim-${ids.payloadClaim}`).click();
  await expect(page.getByTestId('claim-panel')).toContainText(payloads[1]);
  expect(await xss()).toBeUndefined();
  await page.goto(`/topics/${ids.payloadTopic}`);
  await expect(page.getByTestId('topic-label')).toContainText(payloads[0]);
  await expect(page.getByTestId('comment-thread')).toContainText(payload);
  await page.goto(`/compare?ids=${ids.doc},${ids.payloadDoc}`);
  await page.goto(`/review?document=${ids.payloadDoc}&origin=human`);
  await expect(page.getByTestId('review-claims')).toContainText(payloads[1]);
  expect(await xss()).toBeUndefined();
  // Search snippets and titles: the document's markup comes back as text.
  await page.goto('/search?q=mayor');
  await expect(page.getByRole('link', { name: `Payload ${payload}` })).toBeVisible();
  await expect(page.locator('li[data-result-type="document"] p')).toContainText(payload);
  expect(await xss()).toBeUndefined();
  // Second line of defence: markup that does reach the DOM cannot run inline handlers.
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.innerHTML = '<img src="/x-missing.png" onerror="window.__xss=1">';
    document.body.append(div);
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.some((d) => d.startsWith('script-src')))).toBe(true);
  expect(await xss()).toBeUndefined();
});
