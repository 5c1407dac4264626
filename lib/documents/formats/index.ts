import { AppError } from '../../errors.ts';
import { importLimits } from '../../env.ts';
import { assertDocumentSize, decodeDocumentText } from '../document-text.ts';
import { detectFormat } from './detect.ts';
import { parseDocx } from './docx.ts';
import { parseHtml } from './html.ts';
import { finishText } from './meta.ts';
import { parsePdf } from './pdf.ts';

// One entry point from bytes to document text + metadata, whatever the file's format
// (docs/import.md, "Formats and URLs"). The bytes decide the format; the name only tells
// Markdown from plain text and sharpens the message when a file is not what its name says.

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

/** Metadata a file carries about itself; every field is a guess the user may correct. */
export type ParsedMeta = {
  title?: string;
  authors?: string[];
  outlet?: string;
  url?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  published?: string;
  language?: 'de' | 'en';
};

export type ParsedDocument = { format: DocumentFormat; text: string; meta: ParsedMeta };

export type ParseOptions = {
  /** Cap on the file and on its extracted text; default CLAIMSCOPE_MAX_IMPORT_MB (20 MB). */
  maxBytes?: number;
  /** e.g. from an HTTP response; the content still decides */
  contentType?: string;
};

/** The formats `parseDocumentBytes` accepts, for messages and file pickers. */
export const SUPPORTED_FORMATS = ['.txt', '.md', '.html', '.pdf', '.docx'] as const;

/** File name endings the readers accept, for folder scans and `accept=` attributes. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx'] as const;

const supported = `supported: ${SUPPORTED_FORMATS.join(', ')}`;
const namedAs: [RegExp, string][] = [
  [/\.pdf$/i, 'PDF'],
  [/\.docx$/i, 'Word (.docx)'],
];

function unsupported(name: string, what: string): AppError {
  const claimed = namedAs.find(([ext]) => ext.test(name))?.[1];
  if (claimed) return new AppError('BAD_INPUT', `${name}: not a valid ${claimed} file (it looks like ${what}; ${supported})`);
  return new AppError('BAD_INPUT', `${name}: unsupported format ${what} (${supported})`);
}

/**
 * Reads a file's bytes as a document. The content decides the format (magic bytes), not the
 * name. Throws AppError('BAD_INPUT', "<name>: …") for anything it cannot read.
 */
export async function parseDocumentBytes(bytes: Uint8Array, name: string, options: ParseOptions = {}): Promise<ParsedDocument> {
  const maxBytes = options.maxBytes ?? importLimits().maxDocumentBytes;
  if (bytes.length === 0) throw new AppError('BAD_INPUT', `${name}: the file is empty`);
  assertDocumentSize(bytes.length, name, maxBytes);
  const detected = detectFormat(bytes);
  switch (detected.kind) {
    case 'pdf':
      return parsePdf(bytes, name, maxBytes);
    case 'docx':
      return parseDocx(bytes, detected.entries, name, maxBytes);
    case 'html':
      return parseHtml(bytes, name, maxBytes, options.contentType);
    case 'unsupported':
      throw unsupported(name, detected.what);
    case 'text': {
      const claimed = namedAs.find(([ext]) => ext.test(name));
      if (claimed) throw unsupported(name, 'plain text');
      // A fragment without <html> that a server or the name calls HTML is believed if it has tags.
      const saysHtml = /^\s*(text\/html|application\/xhtml\+xml)/i.test(options.contentType ?? '') || /\.x?html?$/i.test(name);
      if (saysHtml && /<\/?[a-z][^>]*>/i.test(new TextDecoder().decode(bytes.subarray(0, 4096)))) {
        return parseHtml(bytes, name, maxBytes, options.contentType);
      }
      const { text, published } = decodeDocumentText(bytes, name, maxBytes);
      const markdown = /\.(md|markdown)$/i.test(name) || /^\s*text\/markdown/i.test(options.contentType ?? '');
      return { format: markdown ? 'markdown' : 'text', text: finishText(text, name, maxBytes), meta: published ? { published } : {} };
    }
  }
}
