import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ParsedDocument } from './index.ts';
import { finishText } from './meta.ts';
import { extractHtmlMeta } from './html-meta.ts';
import { domToText, nestingDepth } from './html-text.ts';

// HTML: the main text as Readability finds it (on linkedom, no browser), metadata from the head.

/** The declared character set: BOM, then the Content-Type header, then <meta charset>. */
function charsetOf(bytes: Uint8Array, contentType?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  if (!declared) return 'utf-8';
  try {
    return new TextDecoder(declared).encoding;
  } catch {
    return 'utf-8';
  }
}

export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  return new TextDecoder(charsetOf(bytes, contentType)).decode(bytes).replace(/^\uFEFF/, '');
}

// Page furniture removed when Readability finds no article and the whole body is read.
const FURNITURE = 'script, style, noscript, iframe, template, nav, header, footer, aside, form, menu, dialog, [role="navigation"], [aria-hidden="true"]';

function bodyText(html: string): string {
  const { document } = parseHTML(html);
  for (const el of [...document.querySelectorAll(FURNITURE)]) el.remove();
  return domToText(document.body ?? document.documentElement);
}

// Readability recurses over the tree; deeper pages are read as a whole body instead.
const MAX_READABILITY_DEPTH = 400;

function articleText(html: string): string | undefined {
  const { document } = parseHTML(html);
  if (nestingDepth(document) > MAX_READABILITY_DEPTH) return undefined;
  let article: { content?: string | null } | null;
  try {
    // Readability takes a DOM Document; linkedom's is one in all it uses.
    article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    return undefined; // the whole body is still readable
  }
  if (!article?.content) return undefined;
  const text = domToText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body);
  return /\p{L}/u.test(text) ? text : undefined;
}

export function parseHtml(bytes: Uint8Array, name: string, maxBytes: number, contentType?: string): ParsedDocument {
  const decoded = decodeHtml(bytes, contentType);
  // linkedom builds no body for a bare fragment; give it one.
  const html = /<(?:html|body)[\s>]/i.test(decoded) ? decoded : `<!doctype html><html><body>${decoded}</body></html>`;
  const meta = extractHtmlMeta(parseHTML(html).document);
  const text = finishText(articleText(html) ?? bodyText(html), name, maxBytes, `${name}: the page has no readable text`);
  return { format: 'html', text, meta };
}
