import type { Prisma } from '../../generated/prisma/client.ts';
import { asJson, onlyColumns } from './json-rows.ts';

type Tx = Prisma.TransactionClient;

// A queued import's documents in one statement per batch (see json-rows.ts); rows with columns
// outside this list (none today) take createMany. Dates arrive as ISO strings in UTC and are
// stored as Prisma stores DateTime: timestamp(3) in UTC.
const COLUMNS = new Set(['id', 'title', 'authors', 'sourceId', 'url', 'language', 'publishedAt', 'datePrecision', 'text', 'contentHash', 'kind', 'format', 'engineVersion', 'extractionStatus', 'extractionUpdatedAt']);

export async function insertDocuments(tx: Tx, rows: Prisma.DocumentCreateManyInput[]): Promise<void> {
  if (rows.length === 0) return;
  if (!onlyColumns(rows, COLUMNS)) {
    await tx.document.createMany({ data: rows });
    return;
  }
  const utc = (column: string) => `(r."${column}"::timestamptz AT TIME ZONE 'UTC')`;
  await tx.$executeRawUnsafe(
    `INSERT INTO "Document" (id, title, authors, "sourceId", url, language, "publishedAt", "datePrecision", text, "contentHash", kind, format, "engineVersion",
                             "extractionStatus", "extractionUpdatedAt", "createdAt", "updatedAt")
     SELECT r.id, r.title, coalesce(r.authors, '{}'), r."sourceId", r.url, r.language, ${utc('publishedAt')}, r."datePrecision"::"DatePrecision", r.text, r."contentHash",
            coalesce(r.kind, 'article')::"DocumentKind", r.format::"DocumentFormat", r."engineVersion", coalesce(r."extractionStatus", 'done')::"ExtractionStatus",
            ${utc('extractionUpdatedAt')}, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
     FROM jsonb_to_recordset($1::jsonb) AS r(id text, title text, authors text[], "sourceId" text, url text, language text, "publishedAt" text, "datePrecision" text,
          text text, "contentHash" text, kind text, format text, "engineVersion" text, "extractionStatus" text, "extractionUpdatedAt" text)`,
    asJson(rows),
  );
}
