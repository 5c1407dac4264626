import { getDocumentProxy, getMeta } from 'unpdf';
import { AppError } from '../../errors.ts';
import type { ParsedDocument } from './index.ts';
import { cleanAuthors, cleanTitle, compactMeta, finishText, languageOf, normalizePublished } from './meta.ts';
import { appendParagraphs, layoutPage, type TextItem } from './pdf-layout.ts';

// PDF: the text layer through unpdf (pdf.js), laid out by pdf-layout.ts; metadata from the info
// dictionary. A scan has no text layer: we say so instead of importing an empty document.

/** True when the file's tail holds the end-of-file marker, which a cut-off download lacks. */
function hasEndMarker(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 4096))).includes('%%EOF');
}

type PdfProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

// Titles that word processors write when the author set none.
const placeholderTitle = /^(?:untitled|unbenannt|ohne titel|document\d*|dokument\d*|microsoft word - .*|.*\.(?:docx?|odt|rtf|txt|pdf))$/i;

async function open(bytes: Uint8Array, name: string): Promise<PdfProxy> {
  // pdf.js reconstructs a cut-off file and would read part of it; a partial document is worse
  // than a clear refusal.
  if (!hasEndMarker(bytes)) throw new AppError('BAD_INPUT', `${name}: the PDF is damaged or incomplete (it does not end with %%EOF; a cut-off download?)`);
  try {
    // pdf.js may detach the buffer it is given; the caller's bytes stay intact.
    return await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
  } catch (e) {
    const kind = (e as { name?: string }).name;
    if (kind === 'PasswordException') throw new AppError('BAD_INPUT', `${name}: the PDF is password-protected; remove the password and try again`);
    throw new AppError('BAD_INPUT', `${name}: the PDF is damaged or incomplete (${(e as Error).message || kind})`, { cause: e });
  }
}

function pageItems(content: { items: unknown[] }): TextItem[] {
  const items: TextItem[] = [];
  for (const raw of content.items) {
    const item = raw as { str?: string; transform?: number[]; width?: number; height?: number };
    if (typeof item.str !== 'string' || !item.transform) continue;
    const [, , c, d, x, y] = item.transform;
    items.push({ str: item.str, x, y, width: item.width ?? 0, size: Math.hypot(c, d) || item.height || 10 });
  }
  return items;
}

async function readText(pdf: PdfProxy, name: string, maxBytes: number): Promise<string> {
  const paragraphs: string[] = [];
  let size = 0;
  for (let n = 1; n <= pdf.numPages; n++) {
    let page: string[];
    try {
      const proxy = await pdf.getPage(n);
      page = layoutPage(pageItems(await proxy.getTextContent()));
      proxy.cleanup();
    } catch (e) {
      throw new AppError('BAD_INPUT', `${name}: the PDF is damaged or incomplete (page ${n}: ${(e as Error).message})`, { cause: e });
    }
    appendParagraphs(paragraphs, page);
    size += page.reduce((sum, p) => sum + p.length, 0);
    if (size > maxBytes) break; // finishText reports the size; no need to read the rest
  }
  return paragraphs.join('\n\n');
}

async function readMeta(pdf: PdfProxy): Promise<ParsedDocument['meta']> {
  let info: Record<string, unknown> = {};
  try {
    info = (await getMeta(pdf)).info ?? {};
  } catch {
    return {}; // metadata is a bonus; a PDF whose text reads is still imported
  }
  const title = cleanTitle(info.Title);
  const author = typeof info.Author === 'string' ? info.Author.split(/\s*;\s*/) : [];
  return compactMeta({
    title: title && !placeholderTitle.test(title) ? title : undefined,
    authors: cleanAuthors(author),
    published: normalizePublished(info.CreationDate),
    language: languageOf(info.Language),
  });
}


export async function parsePdf(bytes: Uint8Array, name: string, maxBytes: number): Promise<ParsedDocument> {
  const pdf = await open(bytes, name);
  try {
    const raw = await readText(pdf, name, maxBytes);
    const text = finishText(raw, name, maxBytes, `${name}: the PDF has no text layer (a scan?); run OCR first`);
    return { format: 'pdf', text, meta: await readMeta(pdf) };
  } finally {
    await pdf.destroy();
  }
}
