import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDocument } from './fetch-url.ts';
import { parseAllowList, refusedRange, isAllowed } from './fetch-policy.ts';

// A real HTTP server on 127.0.0.1; the tests allow that address explicitly.
let server: http.Server;
let base: string;
let requests: string[] = [];
const allow = ['127.0.0.1'];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://x');
    const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n > 1 ? `/hop/${n - 1}` : '/doc' }).end();
    } else if (url.pathname === '/doc') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><p>Hallo Welt.</p></body></html>');
    } else if (url.pathname === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(zlib.gzipSync('Komprimiert.'));
    } else if (url.pathname === '/to-other-loopback') {
      res.writeHead(301, { location: `http://127.0.0.2:${(server.address() as AddressInfo).port}/doc` }).end();
    } else if (url.pathname === '/to-ipv6-loopback') {
      res.writeHead(307, { location: 'http://[::1]/doc' }).end();
    } else if (url.pathname === '/to-ftp') {
      res.writeHead(302, { location: 'ftp://example.org/doc' }).end();
    } else if (url.pathname === '/silent') {
      // Never answers: the client's deadline must end it.
    } else if (url.pathname === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(Buffer.alloc(64 * 1024, 'a'));
    } else if (url.pathname === '/big-chunked') {
      res.writeHead(200, { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' });
      for (let i = 0; i < 16; i++) res.write(Buffer.alloc(4096, 'a'));
      res.end();
    } else if (url.pathname === '/gzip-bomb') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(zlib.gzipSync(Buffer.alloc(10 * 1024 * 1024)));
    } else res.writeHead(404, 'Not Found').end('nope');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchDocument', () => {
  it('fetches an allowed address and returns bytes, content type and final URL', async () => {
    const doc = await fetchDocument(`${base}/doc`, { allow });
    expect(new TextDecoder().decode(doc.bytes)).toContain('Hallo Welt.');
    expect(doc).toMatchObject({ url: `${base}/doc`, finalUrl: `${base}/doc`, contentType: 'text/html; charset=utf-8' });
  });

  it('connects to the checked addresses of an allowed host name', async () => {
    const port = (server.address() as AddressInfo).port;
    const doc = await fetchDocument(`http://localhost:${port}/doc`, { allow: ['localhost'] });
    expect(doc.finalUrl).toBe(`http://localhost:${port}/doc`);
  });

  it('decompresses a gzip body', async () => {
    expect(new TextDecoder().decode((await fetchDocument(`${base}/gzip`, { allow })).bytes)).toBe('Komprimiert.');
  });

  it('follows up to five redirects and reports the final URL', async () => {
    const doc = await fetchDocument(`${base}/hop/5`, { allow });
    expect(doc.finalUrl).toBe(`${base}/doc`);
    expect(doc.url).toBe(`${base}/hop/5`);
  });

  it('refuses a sixth redirect', async () => {
    await expect(fetchDocument(`${base}/hop/6`, { allow })).rejects.toThrow(/more than 5 redirects/);
  });

  it('checks every hop: a redirect to a loopback address that is not allowed is refused before connecting', async () => {
    await expect(fetchDocument(`${base}/to-other-loopback`, { allow })).rejects.toThrow(/127\.0\.0\.2:\d+ is not a public address \(loopback\).*redirected to/);
    await expect(fetchDocument(`${base}/to-ipv6-loopback`, { allow })).rejects.toThrow(/\[::1\] is not a public address \(loopback\)/);
    await expect(fetchDocument(`${base}/to-ftp`, { allow })).rejects.toThrow(/only http:\/\/ and https:\/\/ URLs can be imported \(redirected to ftp:/);
  });

  it('gives up at the deadline when the server never answers', async () => {
    await expect(fetchDocument(`${base}/silent`, { allow, timeoutMs: 300 })).rejects.toThrow(/no complete answer within 0\.3 s/);
  });

  it('refuses a body over the size cap, declared or streamed or decompressed', async () => {
    const maxBytes = 32 * 1024;
    for (const path of ['/big', '/big-chunked', '/gzip-bomb']) {
      await expect(fetchDocument(`${base}${path}`, { allow, maxBytes })).rejects.toThrow(/larger than the limit of 32 KB/);
    }
    await expect(fetchDocument(`${base}/gzip-bomb`, { allow, maxBytes: 1024 * 1024 })).rejects.toThrow(/larger than the limit of 1 MB \(CLAIMSCOPE_MAX_IMPORT_MB\)/);
  });

  it('reports an HTTP error with its status', async () => {
    await expect(fetchDocument(`${base}/missing`, { allow })).rejects.toThrow(/^http:\/\/127\.0\.0\.1:\d+\/missing: the server answered 404 Not Found$/);
  });

  it.each(['ftp://example.org/a.pdf', 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/plain,hi'])('refuses %s', async (url) => {
    await expect(fetchDocument(url)).rejects.toThrow(`${url}: only http:// and https:// URLs can be imported`);
  });

  it('refuses private and loopback addresses without an allow entry, making no request', async () => {
    requests = [];
    const port = (server.address() as AddressInfo).port;
    for (const url of [`${base}/doc`, `http://localhost:${port}/doc`, `http://2130706433:${port}/doc`, `http://0x7f.1:${port}/doc`, `http://[::ffff:127.0.0.1]:${port}/doc`, 'http://10.1.2.3/', 'http://169.254.169.254/latest/meta-data/', 'http://[fd00::1]/', 'http://0.0.0.0/']) {
      await expect(fetchDocument(url, { allow: [] })).rejects.toThrow(/is not a public address/);
    }
    expect(requests).toEqual([]);
  });

  it('refuses user names in URLs and malformed URLs', async () => {
    await expect(fetchDocument('http://user:pw@example.org/')).rejects.toThrow(/user name or password/);
    await expect(fetchDocument('not a url')).rejects.toThrow(/^not a url: not a valid URL$/);
    // The URL is echoed without control characters and shortened.
    await expect(fetchDocument(`javascript:\u001b[31m${'x'.repeat(1000)}`)).rejects.toThrow(/^javascript:\[31mx+…: only http/);
  });
});

describe('address policy', () => {
  it('refuses every range but global unicast, IPv4-mapped IPv6 as its IPv4 address', () => {
    for (const a of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fe80::1', 'fc00::1', 'fd12::1', 'ff02::1', '::ffff:10.0.0.1', '::ffff:7f00:1']) {
      expect(refusedRange(a), a).not.toBeNull();
    }
    for (const a of ['93.184.216.34', '2a00:1450:4001:82b::200e', '::ffff:93.184.216.34']) expect(refusedRange(a), a).toBeNull();
  });

  it('allows listed hosts, addresses and CIDR ranges', () => {
    const list = parseAllowList(['intranet.example', '10.0.0.0/8', 'fd00::/8']);
    expect(isAllowed('intranet.example', '192.168.0.9', list)).toBe(true);
    expect(isAllowed('other.example', '10.200.0.1', list)).toBe(true);
    expect(isAllowed('other.example', '::ffff:10.0.0.1', list)).toBe(true);
    expect(isAllowed('other.example', 'fd00::5', list)).toBe(true);
    expect(isAllowed('other.example', '192.168.0.9', list)).toBe(false);
    expect(() => parseAllowList(['10.0.0.0/99'])).toThrow(/CLAIMSCOPE_FETCH_ALLOW/);
  });
});
