import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.ts';
import { importLimits, type ImportLimits } from '../env.ts';
import { assertDocumentSize, decodeDocumentText } from '../documents/document-text.ts';
import { manifestSchema, type DocumentMeta, type Manifest } from '../schemas/document.ts';
import { validateImport, type ImportInput } from './import-document.ts';

// Turns paths + flags (CLI, demo) into validated import inputs. Reads everything up front.

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

const textFile = /\.(txt|md|markdown)$/i;

// With a manifest, a folder contributes only the files the manifest lists (not its README).
function collectFiles(paths: string[], listed?: Set<string>): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new AppError('BAD_INPUT', `${p}: no such file or folder`);
    if (fs.statSync(p).isDirectory()) {
      const inside = fs.readdirSync(p, { recursive: true, encoding: 'utf8' }).filter((f) => textFile.test(f) && (!listed || listed.has(path.basename(f)))).sort();
      if (inside.length === 0) throw new AppError('BAD_INPUT', `${p}: the folder has no .txt or .md files`);
      files.push(...inside.map((f) => path.join(p, f)));
    } else files.push(p);
  }
  return files;
}

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

function metaFor(file: string, published: string | undefined, manifest: Manifest | undefined, flags: ImportFlags): DocumentMeta {
  const entry = manifest?.documents.find((d) => path.basename(d.file) === path.basename(file));
  const authors = flags.author ?? entry?.authors ?? (entry?.author ? [entry.author] : []);
  return {
    title: flags.title ?? entry?.title,
    authors,
    outlet: flags.outlet ?? entry?.outlet ?? null,
    url: flags.url ?? entry?.url ?? null,
    language: (flags.lang ?? entry?.language) as DocumentMeta['language'],
    published: flags.date ?? entry?.published ?? published ?? null,
    datePrecision: flags.date ? null : (entry?.datePrecision ?? null),
    kind: (flags.kind ?? entry?.kind ?? 'article') as DocumentMeta['kind'],
  };
}

function readInput(file: string, manifest: Manifest | undefined, flags: ImportFlags, limits: ImportLimits): ImportInput {
  // The size is checked before reading, so a huge file is refused without loading it.
  assertDocumentSize(fs.statSync(file).size, file, limits.maxDocumentBytes);
  const { text, published } = decodeDocumentText(new Uint8Array(fs.readFileSync(file)), file, limits.maxDocumentBytes);
  return validateImport({ text, name: file, meta: metaFor(file, published, manifest, flags) }, limits.maxDocumentBytes);
}

export type ReadImports = { inputs: ImportInput[]; failures: { name: string; message: string }[] };

/**
 * Reads and validates every file. Paths, the manifest and flags that apply to the batch must be
 * right (else it throws); a bad file is returned as a failure, for --continue-on-error.
 */
export function readImports(paths: string[], flags: ImportFlags, limits: ImportLimits = importLimits()): ReadImports {
  const manifest = flags.manifest ? readManifest(flags.manifest) : undefined;
  const files = collectFiles(paths, manifest && new Set(manifest.documents.map((d) => path.basename(d.file))));
  if (flags.title && files.length > 1) throw new AppError('BAD_INPUT', '--title can only be used with a single file');
  const out: ReadImports = { inputs: [], failures: [] };
  for (const file of files) {
    try {
      out.inputs.push(readInput(file, manifest, flags, limits));
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      out.failures.push({ name: file, message: e.userMessage });
    }
  }
  return out;
}

/** Reads and validates every input before the database is opened: a bad file stores nothing. */
export function prepareImports(paths: string[], flags: ImportFlags, limits: ImportLimits = importLimits()): ImportInput[] {
  const { inputs, failures } = readImports(paths, flags, limits);
  if (failures.length) throw new AppError('BAD_INPUT', failures[0].message);
  return inputs;
}
