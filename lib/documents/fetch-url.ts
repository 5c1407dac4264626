import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupAddress } from 'node:dns';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { AppError } from '../errors.ts';
import { fetchAllowList, importLimits } from '../env.ts';
import { bareHost, isAllowed, isIpLiteral, parseAllowList, refusedRange, type AllowList } from './fetch-policy.ts';

// Fetching a document by URL, safe against SSRF (docs/import.md, "Formats and URLs"): http(s)
// only; every hop's host resolved here and refused if ANY address is not global unicast (unless
// allowed); the connection pinned to the checked addresses (no second DNS answer, no rebinding);
// redirects followed by hand and checked the same way; a deadline and a size cap on the body.

export { fetchAllowList };

export type FetchOptions = {
  /** Deadline for the whole fetch, redirects and body included; default 15 s. */
  timeoutMs?: number;
  /** Cap on the (decompressed) body; default CLAIMSCOPE_MAX_IMPORT_MB (20 MB). */
  maxBytes?: number;
  maxRedirects?: number;
  /** Hosts or CIDR ranges that may be private/loopback (CLAIMSCOPE_FETCH_ALLOW). */
  allow?: string[];
};

export type FetchedDocument = { url: string; finalUrl: string; bytes: Uint8Array; contentType: string | null };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const mb = (bytes: number) => (bytes < 1048576 ? `${Math.round(bytes / 1024)} KB` : `${Number((bytes / 1048576).toFixed(1))} MB`);
const headers = {
  'user-agent': 'Claimscope/0.1 (document import)',
  accept: 'text/html,application/xhtml+xml,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.9,*/*;q=0.5',
  'accept-encoding': 'gzip, deflate, br',
};

class Refused extends Error {}

/** A URL or server text as it may appear in a message: no control characters, not endless. */
function shown(text: string, max = 300): string {
  const clean = text.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

function parseUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new Refused('not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Refused('only http:// and https:// URLs can be imported');
  if (url.username || url.password) throw new Refused('URLs with a user name or password cannot be imported');
  return url;
}

/** Resolves the host and checks every address; the checked addresses are the only ones used. */
async function resolve(url: URL, allow: AllowList, signal: AbortSignal): Promise<LookupAddress[]> {
  const host = bareHost(url.hostname);
  let addresses: LookupAddress[];
  if (isIpLiteral(host)) addresses = [{ address: host, family: host.includes(':') ? 6 : 4 }];
  else {
    const aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
    try {
      addresses = await Promise.race([dns.promises.lookup(host, { all: true, verbatim: true }), aborted]);
    } catch (e) {
      if (signal.aborted) throw e;
      throw new Refused(`the host ${host} could not be resolved (${(e as { code?: string }).code ?? 'DNS error'})`);
    }
  }
  for (const { address } of addresses) {
    const range = refusedRange(address);
    if (range && !isAllowed(host, address, allow)) {
      const via = address === host ? '' : `: ${host} resolves to ${address}`;
      throw new Refused(`${url.host} is not a public address (${range}${via}); CLAIMSCOPE_FETCH_ALLOW lists the exceptions`);
    }
  }
  if (!addresses.length) throw new Refused(`the host ${host} could not be resolved`);
  return addresses;
}

function request(url: URL, addresses: LookupAddress[], signal: AbortSignal): Promise<http.IncomingMessage> {
  // The connection may only use the addresses just checked: a pinned lookup.
  const lookup = (_host: string, opts: { all?: boolean }, cb: (...args: unknown[]) => void) => {
    if (opts.all) cb(null, addresses);
    else cb(null, addresses[0].address, addresses[0].family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolvePromise, reject) => {
    const req = client.request(
      { hostname: bareHost(url.hostname), port: url.port || undefined, path: `${url.pathname}${url.search}`, method: 'GET', headers, agent: false, lookup: lookup as never, signal },
      resolvePromise,
    );
    req.on('error', reject);
    req.end();
  });
}

/** The body, decompressed, refused as soon as it passes the cap. */
async function readBody(res: http.IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new Refused(`the document is larger than the limit of ${mb(maxBytes)} (CLAIMSCOPE_MAX_IMPORT_MB)`);
  const declared = Number(res.headers['content-length']);
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (!encoding && Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? zlib.createGunzip() : encoding === 'deflate' ? zlib.createInflate() : encoding === 'br' ? zlib.createBrotliDecompress() : null;
  const body: Readable = decoder ? pipeline(res, decoder, () => {}) : res;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      res.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Fetches an http(s) URL; throws AppError('BAD_INPUT', "<url>: …") with the reason it was refused. */
export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<FetchedDocument> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? importLimits().maxDocumentBytes;
  const maxRedirects = options.maxRedirects ?? 5;
  const allow = parseAllowList(options.allow ?? fetchAllowList());
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('timeout')), timeoutMs);
  let current: URL | undefined;
  let hop = ''; // for messages: where the last redirect pointed
  try {
    current = parseUrl(url);
    for (let redirects = 0; ; redirects++) {
      const res = await request(current, await resolve(current, allow, controller.signal), controller.signal);
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        res.destroy();
        const location = res.headers.location;
        if (!location) throw new Refused(`the server answered ${status} without a Location`);
        if (redirects >= maxRedirects) throw new Refused(`more than ${maxRedirects} redirects`);
        hop = ` (redirected to ${shown(URL.canParse(location, current) ? new URL(location, current).href : location)})`;
        current = parseUrl(location, current);
        continue;
      }
      if (status < 200 || status >= 300) {
        res.destroy();
        throw new Refused(`the server answered ${status}${res.statusMessage ? ` ${shown(res.statusMessage, 80)}` : ''}`);
      }
      const bytes = await readBody(res, maxBytes);
      return { url, finalUrl: current.href, bytes, contentType: res.headers['content-type'] ?? null };
    }
  } catch (e) {
    const where = shown(url);
    if (e instanceof Refused) throw new AppError('BAD_INPUT', `${where}: ${e.message}${hop}`);
    if (controller.signal.aborted) throw new AppError('BAD_INPUT', `${where}: no complete answer within ${timeoutMs / 1000} s${hop}`, { cause: e });
    throw new AppError('BAD_INPUT', `${where}: the download failed (${shown((e as Error).message, 200)})${hop}`, { cause: e });
  } finally {
    clearTimeout(timer);
  }
}
