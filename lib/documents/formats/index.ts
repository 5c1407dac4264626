import { decodeDocumentText, MAX_DOCUMENT_BYTES } from '../document-text.ts';

// One entry point from bytes to document text + metadata, whatever the file's format.
// STUB (txt/md only): the formats work replaces the body; the signature is the contract.

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

export type ParseOptions = { maxBytes?: number; /** e.g. from an HTTP response; the content still decides */ contentType?: string };

/** The formats `parseDocumentBytes` accepts, for messages and file pickers. */
export const SUPPORTED_FORMATS = ['.txt', '.md'] as const;

/**
 * Reads a file's bytes as a document. The content decides the format (magic bytes), not the
 * name. Throws AppError('BAD_INPUT', "<name>: …") for anything it cannot read.
 */
export async function parseDocumentBytes(bytes: Uint8Array, name: string, options: ParseOptions = {}): Promise<ParsedDocument> {
  const { text, published } = decodeDocumentText(bytes, name, options.maxBytes ?? MAX_DOCUMENT_BYTES);
  return { format: /\.(md|markdown)$/i.test(name) ? 'markdown' : 'text', text, meta: published ? { published } : {} };
}
