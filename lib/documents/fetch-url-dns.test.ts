import dns from 'node:dns';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchDocument } from './fetch-url.ts';

// What the resolver answers decides: every address is checked, and the connection goes to the
// checked address, never to a second DNS answer. The resolver is replaced; the server is real.
let server: http.Server;
let port: number;
let hits = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`host ${req.headers.host}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => vi.restoreAllMocks());

function answer(addresses: string[]) {
  const lookup = vi.spyOn(dns.promises, 'lookup');
  lookup.mockResolvedValue(addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })) as never);
  return lookup;
}

describe('fetchDocument and DNS', () => {
  it('refuses a host when any of its addresses is private, without a request', async () => {
    hits = 0;
    answer(['93.184.216.34', '10.0.0.7']);
    await expect(fetchDocument('http://mixed.example/a')).rejects.toThrow('http://mixed.example/a: mixed.example is not a public address (private: mixed.example resolves to 10.0.0.7)');
    answer(['::ffff:169.254.169.254']);
    await expect(fetchDocument('http://metadata.example/')).rejects.toThrow(/linkLocal: metadata\.example resolves to ::ffff:169\.254\.169\.254/);
    expect(hits).toBe(0);
  });

  it('connects to the address it checked (a name the system resolver does not know)', async () => {
    const lookup = answer(['127.0.0.1']);
    const doc = await fetchDocument(`http://pinned.invalid:${port}/x`, { allow: ['127.0.0.1'] });
    expect(new TextDecoder().decode(doc.bytes)).toBe(`host pinned.invalid:${port}`);
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('reports a name that does not resolve', async () => {
    vi.spyOn(dns.promises, 'lookup').mockRejectedValue(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }));
    await expect(fetchDocument('https://nowhere.invalid/')).rejects.toThrow('https://nowhere.invalid/: the host nowhere.invalid could not be resolved (ENOTFOUND)');
  });
});
