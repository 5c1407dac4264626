import { AppError } from '../errors.ts';

// Fetching a document by URL, safe against SSRF.
// STUB: the formats work replaces the body; the signature is the contract.

export type FetchOptions = {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Hosts or CIDR ranges that may be private/loopback (CLAIMSCOPE_FETCH_ALLOW). */
  allow?: string[];
};

export type FetchedDocument = { url: string; finalUrl: string; bytes: Uint8Array; contentType: string | null };

/** Fetches an http(s) URL; throws AppError('BAD_INPUT', "<url>: …") with the reason it was refused. */
export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<FetchedDocument> {
  void options;
  throw new AppError('BAD_INPUT', `${url}: importing by URL is not available yet`);
}
