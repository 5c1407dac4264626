import { createHash } from 'node:crypto';
import { detectLanguage } from '../engine/index.ts';
import type { Db } from '../db/client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { AppError, isAppError } from '../errors.ts';
import { importLimits } from '../env.ts';
import { assertDocumentSize, deriveTitle } from '../documents/document-text.ts';
import { documentMetaSchema, parsePublished, type DocumentMeta } from '../schemas/document.ts';
import { describeIssues } from '../schemas/safe-text.ts';
import { extractClaimInputs } from './extract-document-claims.ts';
import { insertClaims, type ClaimInput } from '../db/queries/claim-inserts.ts';
import { ENGINE_VERSION } from '../engine/version.ts';
import type { DocumentFormat } from '../documents/formats/index.ts';

type Tx = Prisma.TransactionClient;

/** `format`: what the text was read from (kept on the document; absent for text given directly). */
export type ImportInput = { text: string; meta: DocumentMeta; name: string; format?: DocumentFormat };
export type ImportResult = { id: string; title: string; status: 'created' | 'unchanged'; claims: number; overLong: number };

/** A validated input with its extraction done: storing it is database work only. */
export type PreparedDocument = {
  name: string;
  hash: string;
  outlet: string | null;
  data: Omit<Prisma.DocumentCreateInput, 'source' | 'claims'>;
  /** The extracted claims, stored with multi-row inserts after the document row. */
  claimInputs: ClaimInput[];
  claims: number;
  overLong: number;
};

// Long enough for a large batch on the embedded database, which serializes transactions.
export const IMPORT_TRANSACTION = { timeout: 10 * 60_000, maxWait: 60_000 };

export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex');
}

/** Checks metadata and text before anything is written, so a batch fails as a whole. */
export function validateImport(input: ImportInput, maxBytes = importLimits().maxDocumentBytes): ImportInput {
  const parsed = documentMetaSchema.safeParse(input.meta);
  if (!parsed.success) throw new AppError('BAD_INPUT', `${input.name}: ${describeIssues(parsed.error.issues.slice(0, 1)) || 'metadata is not valid'}`);
  // Callers other than the file reader (scripts, tests) reach here too; PostgreSQL refuses NUL.
  if (typeof input.text !== 'string' || !/\p{L}/u.test(input.text)) throw new AppError('BAD_INPUT', `${input.name}: the document has no text`);
  if (input.text.includes('\u0000')) throw new AppError('BAD_INPUT', `${input.name}: the text contains NUL characters (a binary file?)`);
  assertDocumentSize(Buffer.byteLength(input.text, 'utf8'), input.name, maxBytes);
  return { ...input, meta: parsed.data };
}

/**
 * Validates and extracts (CPU work, outside any transaction). `queued`: no extraction here; the
 * document is stored with extractionStatus 'queued' and a background job extracts it.
 */
export function prepareDocument(raw: ImportInput, limits = importLimits(), { queued = false } = {}): PreparedDocument {
  const { text, meta, name, format } = validateImport(raw, limits.maxDocumentBytes);
  const language = meta.language ?? detectLanguage(text);
  const published = meta.published ? parsePublished(meta.published) : null;
  const { claims, overLong } = queued ? { claims: [], overLong: 0 } : extractClaimInputs(text, language, limits.maxClaimChars);
  const hash = contentHash(text);
  const data = {
    title: meta.title ?? deriveTitle(text),
    authors: meta.authors,
    url: meta.url ?? null,
    language,
    publishedAt: published?.date ?? null,
    datePrecision: published ? (meta.datePrecision ?? published.precision) : null,
    text,
    contentHash: hash,
    kind: meta.kind,
    format: format ?? null,
    ...(queued ? { extractionStatus: 'queued' as const, extractionUpdatedAt: new Date() } : { engineVersion: ENGINE_VERSION }),
  };
  return { name, hash, outlet: meta.outlet ?? null, data, claimInputs: claims, claims: claims.length, overLong };
}

/** Stores one prepared document with its claims and quantities inside the caller's transaction. */
export async function storeDocument(tx: Tx, doc: PreparedDocument): Promise<ImportResult> {
  const existing = await tx.document.findUnique({ where: { contentHash: doc.hash }, select: { id: true, title: true } });
  if (existing) return { ...existing, status: 'unchanged', claims: 0, overLong: doc.overLong };
  const source = doc.outlet ? await tx.source.upsert({ where: { name: doc.outlet }, create: { name: doc.outlet }, update: {} }) : null;
  const created = await tx.document.create({ data: { ...doc.data, ...(source && { source: { connect: { id: source.id } } }) }, select: { id: true, title: true } });
  await insertClaims(tx, created.id, doc.claimInputs);
  return { ...created, status: 'created', claims: doc.claims, overLong: doc.overLong };
}

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';

/**
 * Runs `work` in one transaction. When a concurrent import committed the same text (or outlet)
 * first, the unique index aborts ours; the retry then sees that row and reports `unchanged`.
 */
export async function inImportTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, IMPORT_TRANSACTION);
    } catch (e) {
      if (!isUniqueViolation(e) || attempt >= attempts) throw e;
    }
  }
}

/** Wraps a storage failure so the user learns which file failed and that nothing was kept. */
export function storageError(name: string, e: unknown, kept: string): AppError {
  if (isAppError(e)) return e;
  const reason = e instanceof Error ? e.message.split('\n').filter(Boolean).at(-1) : String(e);
  return new AppError('INTERNAL', `${name}: could not store the document (${reason?.slice(0, 200)}); ${kept}`, { cause: e });
}

/** Imports one document in its own transaction; idempotent by content. */
export async function importDocument(db: Db, raw: ImportInput): Promise<ImportResult> {
  const doc = prepareDocument(raw);
  try {
    return await inImportTransaction(db, (tx) => storeDocument(tx, doc));
  } catch (e) {
    throw storageError(doc.name, e, 'it was not stored');
  }
}
