import zlib from 'node:zlib';
import { AppError } from '../../errors.ts';
import { mb } from './meta.ts';

// A minimal ZIP central-directory reader. A .docx is a ZIP; before any library inflates it we
// read what the archive claims about itself, refuse bombs on those claims, and then check that
// no entry inflates to more than it claimed (a lying directory), never holding more than the cap.

export type ZipEntry = { name: string; method: number; compressedSize: number; size: number; localOffset: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export const isZipMagic = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The archive's entries, or null when the bytes hold no readable central directory. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  let at = view.getUint32(eocd + 16, true);
  if (at + dirSize > eocd) return null;
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    entries.push({
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + skip;
  }
  return entries;
}

export type ZipLimits = { maxTotal: number; maxRatio: number; maxEntries: number };

/** Refuses an archive on what its directory claims, before anything is inflated. */
export function assertZipClaims(entries: ZipEntry[], name: string, limits: ZipLimits): void {
  const bomb = (why: string) => new AppError('BAD_INPUT', `${name}: refused as a possible ZIP bomb (${why})`);
  if (entries.length > limits.maxEntries) throw bomb(`${entries.length} entries; at most ${limits.maxEntries}`);
  let total = 0;
  for (const e of entries) {
    // 0xFFFFFFFF means ZIP64 sizes; no real .docx needs them.
    if (e.size === 0xffffffff || e.compressedSize === 0xffffffff) throw bomb(`${e.name} claims ZIP64 sizes`);
    total += e.size;
    if (total > limits.maxTotal) throw bomb(`it unpacks to more than ${mb(limits.maxTotal)}`);
    if (e.size > 1048576 && e.size > limits.maxRatio * Math.max(e.compressedSize, 1)) {
      throw bomb(`${e.name} expands ${Math.round(e.size / Math.max(e.compressedSize, 1))} times`);
    }
  }
}

/**
 * An entry's bytes, inflated with its claimed size as the output cap; throws when the entry is
 * damaged or inflates past its claim.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, name: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  const damaged = (why: string) => new AppError('BAD_INPUT', `${name}: the ZIP archive is damaged (${entry.name}: ${why})`);
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged('no local header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw damaged('truncated');
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw damaged(`unsupported compression method ${entry.method}`);
  let out: Buffer;
  try {
    out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new AppError('BAD_INPUT', `${name}: refused as a possible ZIP bomb (${entry.name} unpacks to more than it claims)`);
    }
    throw damaged('cannot be inflated');
  }
  if (out.length !== entry.size) throw damaged('size differs from the directory');
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}
