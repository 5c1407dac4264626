import { afterEach, describe, expect, it, vi } from 'vitest';

// CLAIMSCOPE_PUBLIC_READ forces public reading on for the server, whatever is stored.

async function freshEnv(value: string | undefined) {
  vi.resetModules();
  if (value === undefined) delete process.env.CLAIMSCOPE_PUBLIC_READ;
  else process.env.CLAIMSCOPE_PUBLIC_READ = value;
  return import('./env.ts');
}

describe('CLAIMSCOPE_PUBLIC_READ', () => {
  afterEach(() => {
    delete process.env.CLAIMSCOPE_PUBLIC_READ;
  });

  it.each([['1', true], ['true', true], ['0', false], ['false', false], ['', false], [undefined, false]])('%j → %s', async (value, forced) => {
    expect((await freshEnv(value)).isPublicReadForced()).toBe(forced);
  });

  it('refuses other values with a message naming the variable', async () => {
    const env = await freshEnv('yes');
    expect(() => env.getEnv()).toThrow(/CLAIMSCOPE_PUBLIC_READ/);
  });
});

describe('CLAIMSCOPE_FETCH_ALLOW', () => {
  afterEach(() => {
    delete process.env.CLAIMSCOPE_FETCH_ALLOW;
  });

  it('is a trimmed comma list; unset or empty is no exception', async () => {
    vi.resetModules();
    process.env.CLAIMSCOPE_FETCH_ALLOW = ' intranet.example, 10.0.0.0/8 ,,fd00::/8 ';
    expect((await import('./env.ts')).fetchAllowList()).toEqual(['intranet.example', '10.0.0.0/8', 'fd00::/8']);
    vi.resetModules();
    process.env.CLAIMSCOPE_FETCH_ALLOW = '';
    expect((await import('./env.ts')).fetchAllowList()).toEqual([]);
  });
});
