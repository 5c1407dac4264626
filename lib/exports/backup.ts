import { AppError } from '../errors.ts';

// The backup format: JSON lines. Line 1 is a header naming the format, its version and the row
// count of every type; each further line is one database row, `{"type": …, ...columns}`, in the
// order below, which is also the order a restore inserts them (parents before children).

export const BACKUP_FORMAT = 'claimscope-backup';
export const BACKUP_VERSION = 1;

export type BackupTable = {
  type: string;
  /** The Prisma client's delegate name. */
  model: string;
  /** Sort key, unique: backups of the same data are byte-for-byte the same apart from the header. */
  key: string;
  dates: string[];
  /** Nullable JSON columns: a null is left out on restore (stored as SQL NULL, as the app does). */
  nullableJson: string[];
  /** Only with --with-secrets: password hashes and session tokens. */
  secret?: boolean;
  /** Seed-like data that a restore replaces rather than requiring an empty table. */
  replaceable?: boolean;
};

const stamps = ['createdAt', 'updatedAt'];

export const BACKUP_TABLES: BackupTable[] = [
  { type: 'user', model: 'user', key: 'id', dates: stamps, nullableJson: [] },
  { type: 'account', model: 'account', key: 'id', dates: [...stamps, 'accessTokenExpiresAt', 'refreshTokenExpiresAt'], nullableJson: [], secret: true },
  { type: 'session', model: 'session', key: 'id', dates: [...stamps, 'expiresAt'], nullableJson: [], secret: true },
  { type: 'source', model: 'source', key: 'id', dates: stamps, nullableJson: [] },
  { type: 'document', model: 'document', key: 'id', dates: [...stamps, 'publishedAt', 'extractionUpdatedAt'], nullableJson: [] },
  { type: 'claim', model: 'claim', key: 'id', dates: [...stamps, 'deletedAt', 'ratedAt'], nullableJson: [] },
  { type: 'quantity', model: 'quantity', key: 'id', dates: [], nullableJson: [] },
  { type: 'topic', model: 'topic', key: 'id', dates: stamps, nullableJson: [] },
  { type: 'claimTopic', model: 'claimTopic', key: 'id', dates: stamps, nullableJson: ['cues'] },
  { type: 'comment', model: 'comment', key: 'id', dates: [...stamps, 'deletedAt'], nullableJson: [] },
  { type: 'revision', model: 'revision', key: 'id', dates: ['createdAt'], nullableJson: ['before', 'after'] },
  { type: 'conceptGroup', model: 'conceptGroup', key: 'id', dates: ['updatedAt'], nullableJson: [], replaceable: true },
  { type: 'savedComparison', model: 'savedComparison', key: 'id', dates: ['createdAt'], nullableJson: [] },
  { type: 'workspaceSetting', model: 'workspaceSetting', key: 'key', dates: ['updatedAt'], nullableJson: [], replaceable: true },
];

const byType = new Map(BACKUP_TABLES.map((t) => [t.type, t]));

export type BackupHeader = { type: 'header'; format: string; version: number; createdAt: string; withSecrets: boolean; counts: Record<string, number> };

export function headerLine(counts: Record<string, number>, withSecrets: boolean, createdAt = new Date()): string {
  const header: BackupHeader = { type: 'header', format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: createdAt.toISOString(), withSecrets, counts };
  return JSON.stringify(header);
}

export function rowLine(type: string, row: Record<string, unknown>): string {
  return JSON.stringify({ type, ...row });
}

const fail = (name: string, line: number, why: string) => new AppError('BAD_INPUT', `${name}: line ${line}: ${why}`);

function parseJsonObject(name: string, line: number, text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw fail(name, line, 'is not valid JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw fail(name, line, 'is not a JSON object');
  return value as Record<string, unknown>;
}

export function parseHeader(name: string, text: string): BackupHeader {
  const h = parseJsonObject(name, 1, text);
  if (h.type !== 'header' || h.format !== BACKUP_FORMAT) throw fail(name, 1, `is not a ${BACKUP_FORMAT} header`);
  if (h.version !== BACKUP_VERSION) throw fail(name, 1, `backup version ${String(h.version)} is not supported (this version reads ${BACKUP_VERSION})`);
  const counts = h.counts;
  if (!counts || typeof counts !== 'object' || Object.values(counts).some((n) => !Number.isInteger(n) || (n as number) < 0)) throw fail(name, 1, 'counts are missing or not whole numbers');
  for (const type of Object.keys(counts)) if (!byType.has(type)) throw fail(name, 1, `unknown row type "${type}" in counts`);
  return h as unknown as BackupHeader;
}

export type BackupRow = { table: BackupTable; data: Record<string, unknown> };

/** One row line as data for Prisma: dates back to Date, nullable JSON nulls left out. */
export function parseRow(name: string, line: number, text: string): BackupRow {
  const { type, ...data } = parseJsonObject(name, line, text);
  const table = typeof type === 'string' ? byType.get(type) : undefined;
  if (!table) throw fail(name, line, `unknown row type ${JSON.stringify(type)}`);
  if (typeof data[table.key] !== 'string' || !data[table.key]) throw fail(name, line, `${table.type} has no ${table.key}`);
  for (const field of table.dates) {
    const v = data[field];
    if (v === null || v === undefined) continue;
    const date = typeof v === 'string' ? new Date(v) : null;
    if (!date || Number.isNaN(date.getTime())) throw fail(name, line, `${table.type}.${field} is not a date`);
    data[field] = date;
  }
  for (const field of table.nullableJson) if (data[field] === null) delete data[field];
  return { table, data };
}
