import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.ts';
import { SUPPORTED_EXTENSIONS, SUPPORTED_FORMATS } from '../documents/formats/index.ts';

// What an import reads: files named on the command line, the files of folders (recursively) and
// http(s) URLs. Only names are collected here; the bytes are read one file at a time later.

export type ImportSource = { kind: 'file'; path: string } | { kind: 'url'; url: string };
export type SkippedFile = { name: string; reason: string };

const extensions: readonly string[] = SUPPORTED_EXTENSIONS;

/** A folder's file is read when its extension names a supported format; the parser then checks the content. */
export function unsupportedReason(name: string): string | null {
  const ext = path.extname(name).toLowerCase();
  if (extensions.includes(ext)) return null;
  const list = SUPPORTED_FORMATS.join(', ');
  return ext ? `unsupported format (${ext}); supported: ${list}` : `no file extension; supported: ${list}`;
}

const isUrl = (arg: string) => /^https?:\/\//i.test(arg);
const otherScheme = /^[a-z][a-z\d+.-]*:\/\//i;

type Found = { sources: ImportSource[]; skipped: SkippedFile[] };

// Hidden files and folders (.git, .DS_Store) are passed over without a word; anything else that
// is not read is listed with its reason.
type Filter = { listed?: Set<string>; /** the manifest file itself, passed over */ manifest?: string };

function walk(dir: string, filter: Filter, out: Found): void {
  let found: fs.Dirent[];
  try {
    found = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM') throw e;
    out.skipped.push({ name: dir, reason: `the folder cannot be read (${code})` });
    return;
  }
  const entries = found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('.') || (filter.manifest && path.resolve(full) === filter.manifest)) continue;
    if (entry.isDirectory()) walk(full, filter, out);
    else if (!entry.isFile()) out.skipped.push({ name: full, reason: entry.isSymbolicLink() ? 'a symbolic link (links are not followed in folders)' : 'not a regular file' });
    else if (filter.listed && !filter.listed.has(entry.name)) out.skipped.push({ name: full, reason: 'not listed in the manifest' });
    else {
      const reason = unsupportedReason(entry.name);
      if (reason) out.skipped.push({ name: full, reason });
      else out.sources.push({ kind: 'file', path: full });
    }
  }
}

/** With a manifest, a folder contributes only the files the manifest lists (not its README). */
export function collectSources(paths: string[], listed?: Set<string>, manifest?: string): Found {
  const filter: Filter = { listed, manifest: manifest && path.resolve(manifest) };
  const out: Found = { sources: [], skipped: [] };
  for (const p of paths) {
    if (isUrl(p)) {
      out.sources.push({ kind: 'url', url: p });
      continue;
    }
    if (otherScheme.test(p)) throw new AppError('BAD_INPUT', `${p}: only http:// and https:// addresses can be imported`);
    if (!fs.existsSync(p)) throw new AppError('BAD_INPUT', `${p}: no such file or folder`);
    if (!fs.statSync(p).isDirectory()) {
      // A file named on the command line is always read: its content decides the format.
      out.sources.push({ kind: 'file', path: p });
      continue;
    }
    const before = out.sources.length;
    walk(p, filter, out);
    if (out.sources.length === before) throw new AppError('BAD_INPUT', `${p}: the folder has no files in a supported format (${SUPPORTED_FORMATS.join(', ')})`);
  }
  return out;
}
