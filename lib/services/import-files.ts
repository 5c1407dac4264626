import fs from 'node:fs';
import path from 'node:path';
import { AppError, isAppError } from '../errors.ts';
import { importLimits, type ImportLimits } from '../env.ts';
import { assertDocumentSize } from '../documents/document-text.ts';
import { parseDocumentBytes, type ParsedMeta } from '../documents/formats/index.ts';
import { fetchDocument, type FetchedDocument, type FetchOptions } from '../documents/fetch-url.ts';
import { manifestSchema, type DocumentMeta, type Manifest } from '../schemas/document.ts';
import { validateImport, type ImportInput } from './import-document.ts';
import { collectSources, type ImportSource, type SkippedFile } from './import-sources.ts';

// Turns paths, URLs and flags (CLI, demo) into validated import inputs, one at a time: a plan
// lists the sources (names only), `readEach` reads, parses and validates them lazily, so a
// folder of thousands of files never sits in memory at once.

export type ImportFlags = {
  manifest?: string;
  title?: string;
  author?: string[];
  outlet?: string;
  date?: string;
  lang?: string;
  kind?: string;
  url?: string;
  json?: boolean;
  continueOnError?: boolean;
};

export type Fetcher = (url: string, options: FetchOptions) => Promise<FetchedDocument>;
export type ReadOptions = { limits?: ImportLimits; /** tests inject a fake; default fetchDocument */ fetch?: Fetcher };

export type ImportPlan = {
  sources: ImportSource[];
  /** Files found in folders that are not read, each with its reason. */
  skipped: SkippedFile[];
  flags: ImportFlags;
  manifest?: Manifest;
  /** The manifest's entries by file name (the first entry of a name wins): one lookup per file, not a scan. */
  manifestEntries?: Map<string, Manifest['documents'][number]>;
  limits: ImportLimits;
  fetch: Fetcher;
  /** URL responses, kept so a second pass does not fetch again (URLs are few: named one by one). */
  fetched: Map<string, FetchedDocument>;
};

/** One source read: its validated input, or why it was refused. */
export type ReadItem = { name: string; input: ImportInput; error?: undefined } | { name: string; input?: undefined; error: string };

export type { ImportSource, SkippedFile };

function readManifest(file: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AppError('BAD_INPUT', `${file}: not a readable JSON manifest (${(e as Error).message})`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('BAD_INPUT', `${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Lists what a batch will read; paths, the manifest and batch-wide flags must be right, else it throws. */
export function planImports(paths: string[], flags: ImportFlags, options: ReadOptions = {}): ImportPlan {
  const manifest = flags.manifest ? readManifest(flags.manifest) : undefined;
  const listed = manifest && new Set(manifest.documents.map((d) => path.basename(d.file)));
  const { sources, skipped } = collectSources(paths, listed, flags.manifest);
  if (flags.title && sources.length > 1) throw new AppError('BAD_INPUT', '--title can only be used with a single file');
  const manifestEntries = manifest && new Map<string, Manifest['documents'][number]>();
  for (const d of manifest?.documents ?? []) if (!manifestEntries!.has(path.basename(d.file))) manifestEntries!.set(path.basename(d.file), d);
  return { sources, skipped, flags, manifest, manifestEntries, limits: options.limits ?? importLimits(), fetch: options.fetch ?? fetchDocument, fetched: new Map() };
}

// Precedence: flags > manifest > what the file says about itself > derived (title, language).
function metaFor(name: string, file: ParsedMeta, plan: ImportPlan, fetchedUrl?: string): DocumentMeta {
  const { flags } = plan;
  const entry = fetchedUrl ? undefined : plan.manifestEntries?.get(path.basename(name));
  return {
    title: flags.title ?? entry?.title ?? file.title,
    authors: flags.author ?? entry?.authors ?? (entry?.author ? [entry.author] : (file.authors ?? [])),
    outlet: flags.outlet ?? entry?.outlet ?? file.outlet ?? null,
    url: flags.url ?? entry?.url ?? fetchedUrl ?? file.url ?? null,
    language: (flags.lang ?? entry?.language ?? file.language) as DocumentMeta['language'],
    published: flags.date ?? entry?.published ?? file.published ?? null,
    datePrecision: flags.date ? null : (entry?.datePrecision ?? null),
    kind: (flags.kind ?? entry?.kind ?? 'article') as DocumentMeta['kind'],
  };
}

async function fetchOnce(plan: ImportPlan, url: string): Promise<FetchedDocument> {
  const cached = plan.fetched.get(url);
  if (cached) return cached;
  // The fetcher reads its allow list (CLAIMSCOPE_FETCH_ALLOW) itself.
  const fetched = await plan.fetch(url, { maxBytes: plan.limits.maxDocumentBytes });
  plan.fetched.set(url, fetched);
  return fetched;
}

/** A file that vanished or may not be read (since it was listed) is refused like bad content. */
async function readable<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('BAD_INPUT', `${file}: no such file (was it moved or deleted?)`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') throw new AppError('BAD_INPUT', `${file}: the file cannot be read (${code})`);
    throw e;
  }
}

/** Reads, parses and validates one source; throws AppError('BAD_INPUT') naming it. */
export async function readSource(plan: ImportPlan, source: ImportSource): Promise<ImportInput> {
  const maxBytes = plan.limits.maxDocumentBytes;
  if (source.kind === 'url') {
    const fetched = await fetchOnce(plan, source.url);
    const parsed = await parseDocumentBytes(fetched.bytes, source.url, { maxBytes, contentType: fetched.contentType ?? undefined });
    return validateImport({ text: parsed.text, name: source.url, format: parsed.format, meta: metaFor(source.url, parsed.meta, plan, fetched.finalUrl) }, maxBytes);
  }
  // The size is checked before reading, so a huge file is refused without loading it.
  assertDocumentSize((await readable(source.path, () => fs.promises.stat(source.path))).size, source.path, maxBytes);
  const bytes = new Uint8Array(await readable(source.path, () => fs.promises.readFile(source.path)));
  const parsed = await parseDocumentBytes(bytes, source.path, { maxBytes });
  return validateImport({ text: parsed.text, name: source.path, format: parsed.format, meta: metaFor(source.path, parsed.meta, plan) }, maxBytes);
}

const nameOf = (source: ImportSource) => (source.kind === 'url' ? source.url : source.path);

/** Reads the plan's sources one at a time, in order; a bad one is yielded as an error, not thrown. */
export async function* readEach(plan: ImportPlan): AsyncGenerator<ReadItem> {
  for (const source of plan.sources) {
    const name = nameOf(source);
    try {
      yield { name, input: await readSource(plan, source) };
    } catch (e) {
      if (!isAppError(e)) throw e;
      yield { name, error: e.userMessage };
    }
  }
}

export type ReadImports = { inputs: ImportInput[]; failures: { name: string; message: string }[]; skipped: SkippedFile[] };

/**
 * Reads and validates every file into memory (small batches: the demo, tests, --replace).
 * Bulk imports stream through `planImports` + `readEach` instead.
 */
export async function readImports(paths: string[], flags: ImportFlags, options: ReadOptions = {}): Promise<ReadImports> {
  const plan = planImports(paths, flags, options);
  const out: ReadImports = { inputs: [], failures: [], skipped: plan.skipped };
  for await (const item of readEach(plan)) {
    if (item.error === undefined) out.inputs.push(item.input);
    else out.failures.push({ name: item.name, message: item.error });
  }
  return out;
}

/** Reads and validates every input before the database is opened: a bad file stores nothing. */
export async function prepareImports(paths: string[], flags: ImportFlags, options: ReadOptions = {}): Promise<ImportInput[]> {
  const { inputs, failures } = await readImports(paths, flags, options);
  if (failures.length) throw new AppError('BAD_INPUT', failures[0].message);
  return inputs;
}
