// Shared helpers for the lexicon build: source lookup with clear errors, versions, deterministic JSON output.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const OUT_DIR = path.join(ROOT, 'data', 'lexicons');

/** A source file that is not installed: the message names what to install, on one line. */
export class MissingSourceError extends Error {}

/** Path of a file installed by a Debian package; throws a one-line error naming the package when it is absent. */
export function debianFile(file: string, aptPackage: string): string {
  if (!fs.existsSync(file)) {
    throw new MissingSourceError(`missing ${file}: install the Debian package with "apt-get install -y ${aptPackage}"`);
  }
  return file;
}

/** Path of a file inside an npm package (a devDependency); throws a one-line error when it is absent. */
export function npmFile(pkg: string, rel: string): string {
  const file = path.join(ROOT, 'node_modules', pkg, rel);
  if (!fs.existsSync(file)) {
    throw new MissingSourceError(`missing ${file}: run "npm ci" (npm package ${pkg} is a devDependency)`);
  }
  return file;
}

export function npmVersion(pkg: string): string {
  const json = JSON.parse(fs.readFileSync(npmFile(pkg, 'package.json'), 'utf8')) as { version: string };
  return json.version;
}

/** Debian package version, read from the first line of its changelog.Debian.gz ("pkg (VERSION) dist; ..."). */
export function debianVersion(aptPackage: string): string {
  const file = debianFile(`/usr/share/doc/${aptPackage}/changelog.Debian.gz`, aptPackage);
  const first = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n', 1)[0];
  const m = /\(([^)]+)\)/.exec(first);
  if (!m) throw new Error(`cannot read the version of ${aptPackage} from ${file}`);
  return m[1];
}

/** Code-unit order: independent of locale and ICU version, so rebuilds sort identically everywhere. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function cmpList(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = cmp(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/**
 * Round half away from zero to 2 decimals, as on paper: 1.9 / 4 = 0.475 → 0.48 (the double 0.475 is just below it,
 * so toFixed would give 0.47; the 1e-9 nudge absorbs that). Never returns -0.
 */
export function round2(x: number): number {
  const r = (Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9)) / 100;
  return r === 0 ? 0 : r;
}

export function wordCount(s: string): number {
  return s.split(' ').filter(Boolean).length;
}

/** Collapse whitespace and trim. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Keep the first occurrence of each item. */
export function uniq<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };

/**
 * Deterministic JSON: the top-level object's keys in the given order, and each element of a top-level array (or
 * each key of a top-level record) on its own line, so the files stay compact yet diff line by line.
 */
export function stableJson(obj: Record<string, JsonValue>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(obj)) {
    parts.push(`${JSON.stringify(key)}:${block(value)}`);
  }
  return `{\n${parts.join(',\n')}\n}\n`;
}

function block(value: JsonValue): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    if (entries.every(([, v]) => Array.isArray(v) && v.every((x) => Array.isArray(x)))) {
      // A record of lists of lists (WordNet synsets by POS): one inner list per line.
      return `{\n${entries.map(([k, v]) => `${JSON.stringify(k)}:${block(v)}`).join(',\n')}\n}`;
    }
    return `{\n${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n')}\n}`;
  }
  return JSON.stringify(value);
}

export type Written = { file: string; bytes: number; counts: Record<string, number> };

export function writeLexicon(name: string, obj: Record<string, JsonValue>, counts: Record<string, number>): Written {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, name);
  const text = stableJson(obj);
  fs.writeFileSync(file, text);
  return { file: name, bytes: Buffer.byteLength(text), counts };
}
