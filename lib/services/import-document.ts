import { createHash } from 'node:crypto';
import { detectLanguage } from '../engine/index.ts';
import type { Db } from '../db/client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { AppError } from '../errors.ts';
import { deriveTitle } from '../documents/document-text.ts';
import { documentMetaSchema, parsePublished, type DocumentMeta } from '../schemas/document.ts';
import { extractClaimInputs } from './extract-document-claims.ts';
import { ENGINE_VERSION } from '../engine/version.ts';

export type ImportInput = { text: string; meta: DocumentMeta; name: string };
export type ImportResult = { id: string; title: string; status: 'created' | 'unchanged'; claims: number };

export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex');
}

/** Checks metadata before anything is written, so a batch fails as a whole. */
export function validateImport(input: ImportInput): ImportInput {
  const parsed = documentMetaSchema.safeParse(input.meta);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('BAD_INPUT', `${input.name}: ${issue.path.join('.') || 'metadata'}: ${issue.message}`);
  }
  return { ...input, meta: parsed.data };
}

/** Stores one document with its extracted claims in a single transaction; idempotent by content. */
export async function importDocument(db: Db, raw: ImportInput): Promise<ImportResult> {
  const { text, meta, name } = validateImport(raw);
  const hash = contentHash(text);
  const existing = await db.document.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
  if (existing) return { ...existing, status: 'unchanged', claims: 0 };

  const language = meta.language ?? detectLanguage(text);
  const published = meta.published ? parsePublished(meta.published) : null;
  const title = meta.title ?? deriveTitle(text);
  const claims = extractClaimInputs(text, language);
  try {
    const doc = await db.$transaction(async (tx) => {
      const source = meta.outlet
        ? await tx.source.upsert({ where: { name: meta.outlet }, create: { name: meta.outlet }, update: {} })
        : null;
      return tx.document.create({
        data: {
          title,
          authors: meta.authors,
          sourceId: source?.id,
          url: meta.url ?? null,
          language,
          publishedAt: published?.date ?? null,
          datePrecision: published ? (meta.datePrecision ?? published.precision) : null,
          text,
          contentHash: hash,
          kind: meta.kind,
          engineVersion: ENGINE_VERSION,
          claims: { create: claims },
        },
        select: { id: true, title: true },
      });
    }, { timeout: 120_000 });
    return { ...doc, status: 'created', claims: claims.length };
  } catch (e) {
    // Another process imported the same text between our check and insert.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') {
      const doc = await db.document.findUniqueOrThrow({ where: { contentHash: hash }, select: { id: true, title: true } });
      return { ...doc, status: 'unchanged', claims: 0 };
    }
    throw new AppError('INTERNAL', `${name}: could not store the document`, { cause: e, message: String(e) });
  }
}
