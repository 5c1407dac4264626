import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { assertSameOrigin, readJsonBody, readJsonObject } from './request-body.ts';
import { errorResponse } from './api.ts';
import { z } from 'zod';

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) => new Request('http://localhost/api/v1/x', { method: 'POST', body, headers });

async function codeOf(pending: Promise<unknown>) {
  try {
    await pending;
    return 'ok';
  } catch (e) {
    return e instanceof AppError ? e.code : 'other';
  }
}

describe('readJsonBody', () => {
  it('reads JSON, also with a charset or a +json type', async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ a: 1 });
    expect(await readJsonBody(post('[1]', { 'content-type': 'application/json; charset=utf-8' }))).toEqual([1]);
    expect(await readJsonBody(post('{"b":2}', { 'content-type': 'application/merge-patch+json' }))).toEqual({ b: 2 });
  });

  it('refuses other content types with 415, before reading the body', async () => {
    expect(await codeOf(readJsonBody(post('{}', { 'content-type': 'text/plain' })))).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await codeOf(readJsonBody(post('a=1', { 'content-type': 'application/x-www-form-urlencoded' })))).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await codeOf(readJsonBody(new Request('http://localhost/', { method: 'POST', body: new Blob(['{}']) })))).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses bodies over the limit with 413, by declared or actual length', async () => {
    expect(await codeOf(readJsonBody(post(JSON.stringify({ t: 'x'.repeat(100) })), { maxBytes: 50 }))).toBe('PAYLOAD_TOO_LARGE');
    expect(await codeOf(readJsonBody(post('{}', { 'content-type': 'application/json', 'content-length': '999999999' }), { maxBytes: 50 }))).toBe('PAYLOAD_TOO_LARGE');
    expect(await codeOf(readJsonBody(post('"ü"'), { maxBytes: 3 }))).toBe('PAYLOAD_TOO_LARGE'); // bytes, not characters
  });

  it('refuses unparsable JSON with 400, or reads it as {} for the older claim route', async () => {
    expect(await codeOf(readJsonBody(post('{"a":')))).toBe('BAD_INPUT');
    expect(await readJsonBody(post('{"a":'), { invalid: 'empty' })).toEqual({});
    expect(await codeOf(readJsonObject(post('[1,2]')))).toBe('BAD_INPUT');
    expect(await codeOf(readJsonObject(post('null')))).toBe('BAD_INPUT');
  });
});

describe('assertSameOrigin', () => {
  it('lets same-origin and Origin-less requests through and refuses cross-site ones', () => {
    const req = (origin?: string) => new Request('http://localhost:3000/', { headers: { host: 'localhost:3000', ...(origin && { origin }) } });
    expect(() => assertSameOrigin(req())).not.toThrow();
    expect(() => assertSameOrigin(req('http://localhost:3000'))).not.toThrow();
    expect(() => assertSameOrigin(req('https://evil.example'))).toThrow(AppError);
  });
});

describe('errorResponse', () => {
  it('lists each failing field of a ZodError as { path, message }', async () => {
    const parsed = z.object({ title: z.string().max(2, 'too long'), items: z.array(z.object({ n: z.number() })) }).safeParse({ title: 'abc', items: [{ n: 'x' }] });
    const res = errorResponse(parsed.error);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; issues: { path: string; message: string }[] } };
    expect(body.error.code).toBe('BAD_INPUT');
    expect(body.error.issues).toEqual([{ path: 'title', message: 'too long' }, { path: 'items.0.n', message: expect.any(String) }]);
  });

  it('maps 413 and 415 and carries current on a conflict', async () => {
    expect(errorResponse(new AppError('PAYLOAD_TOO_LARGE', 'big')).status).toBe(413);
    expect(errorResponse(new AppError('UNSUPPORTED_MEDIA_TYPE', 'json')).status).toBe(415);
    const conflict = errorResponse(Object.assign(new AppError('CONFLICT', 'stale'), { current: { version: 3 } }));
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toEqual({ error: { code: 'CONFLICT', message: 'stale', current: { version: 3 } } });
  });
});
