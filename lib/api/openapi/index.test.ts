import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildOpenApiDocument } from './index.ts';
import { renderReferenceHtml } from './reference-html.ts';

// The OpenAPI document is valid 3.1 and lists every route handler under app/api/v1 with each
// method it exports, so a new route (or method) without a registration fails here.

const root = path.resolve(import.meta.dirname, '../../..');
const v1 = path.join(root, 'app/api/v1');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return e.name === 'route.ts' ? [full] : [];
  });
}

/** `app/api/v1/claims/[id]/route.ts` → `/api/v1/claims/{id}`; catch-alls `[...x]` → `{x}`. */
function openApiPath(file: string): string {
  const rel = path.relative(path.join(root, 'app'), path.dirname(file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s));
  return `/${rel.map((s) => s.replace(/^\[(?:\.\.\.)?(.+)\]$/, '{$1}')).join('/')}`;
}

function exportedMethods(source: string): string[] {
  return METHODS.filter((m) => new RegExp(`export\\s+(?:const\\s+${m}\\b|(?:async\\s+)?function\\s+${m}\\b)|export\\s*\\{[^}]*\\b${m}\\b[^}]*\\}`).test(source));
}

const routes = routeFiles(v1).flatMap((file) => exportedMethods(fs.readFileSync(file, 'utf8')).map((method) => ({ path: openApiPath(file), method })));

describe('the OpenAPI document', () => {
  const doc = buildOpenApiDocument();

  it('validates as OpenAPI 3.1', async () => {
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toMatch(/^3\.1\./);
  });

  it('finds the route handlers to check', () => {
    expect(routes).toContainEqual({ path: '/api/v1/claims/{id}', method: 'PATCH' });
    expect(routes.length).toBeGreaterThanOrEqual(20);
  });

  it.each(routes)('documents $method $path', ({ path: p, method }) => {
    expect(Object.keys(doc.paths ?? {})).toContain(p);
    expect(doc.paths?.[p]).toHaveProperty(method.toLowerCase());
  });

  it('documents no route that does not exist', () => {
    const documented = Object.entries(doc.paths ?? {}).flatMap(([p, item]) => METHODS.filter((m) => m.toLowerCase() in (item as object)).map((method) => ({ path: p, method })));
    const v1Only = documented.filter((r) => r.path.startsWith('/api/v1/'));
    for (const r of v1Only) expect(routes).toContainEqual(r);
  });

  it('gives every write its 400 / 401 / 403 and every id route a 404', () => {
    for (const [p, item] of Object.entries(doc.paths ?? {})) {
      for (const [method, op] of Object.entries(item as Record<string, { responses: Record<string, unknown> }>)) {
        if (['post', 'patch'].includes(method)) expect(Object.keys(op.responses), `${method} ${p}`).toEqual(expect.arrayContaining(['400', '401', '403']));
        if (p.includes('{id}')) expect(Object.keys(op.responses), `${method} ${p}`).toContain('404');
      }
    }
  });
});

describe('the reference page', () => {
  it('lists every operation with its parameters and schemas, and runs no script', () => {
    const html = renderReferenceHtml(buildOpenApiDocument());
    for (const { path: p, method } of routes) expect(html).toContain(`${method} ${p}`);
    expect(html).toContain('<code>cursor</code>');
    expect(html).toContain('id="schema-Claim"');
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes text from the document', () => {
    const doc = buildOpenApiDocument();
    const evil = { ...doc, info: { ...doc.info, title: '<img src=x onerror=alert(1)>' }, paths: { '/x/<b>': { get: { summary: '"><script>alert(1)</script>', responses: { 200: { description: '<i>' } } } } } };
    const html = renderReferenceHtml(evil as typeof doc);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('/x/&lt;b&gt;');
  });
});
