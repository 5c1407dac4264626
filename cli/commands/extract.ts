// `claimscope extract`: run the claim engine on a file, stdin, or a JSON Lines stream.
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Lang, PolarWords } from '../../lib/engine/index.ts';
import { getPolarWords } from '../../lib/lexicons/polar-words.ts';
import { AppError } from '../../lib/errors.ts';

export type ExtractFlags = { lang?: string; jsonl?: boolean };
export type ExtractIo = { stdin: Readable; stdout: Writable; stderr: Writable };

const langSchema = z.enum(['auto', 'de', 'en']);
const lineSchema = z.object({
  id: z.union([z.string(), z.number()]).nullable().optional(),
  text: z.string().min(1, 'text must not be empty'),
  lang: z.enum(['de', 'en']).optional(),
});

const badInput = (message: string): AppError => new AppError('BAD_INPUT', message);

const readAll = async (stream: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
};

/** Decodes a document; rejects binary, invalid UTF-8 and empty input. */
export const decodeDocument = (bytes: Uint8Array, source: string): string => {
  if (bytes.includes(0)) throw badInput(`${source} looks like a binary file (NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badInput(`${source} is not valid UTF-8`);
  }
  if (!text.trim()) throw badInput(`${source} is empty`);
  return text.replace(/^\uFEFF/, '');
};

// Resolves once the stream can take more data, so large inputs keep memory flat.
const writeLine = async (out: Writable, line: string): Promise<void> => {
  if (out.write(`${line}\n`)) return;
  await new Promise<void>((resolve) => out.once('drain', resolve));
};

const idOf = (value: unknown): string | number | null => {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
};

type Engine = typeof import('../../lib/engine/index.ts') & { polarWords: PolarWords };
// Loaded when a command runs, so `--help` and the other commands do not load the engine; the
// polar words for subjectivity come from two small lexicon files.
const loadEngine = async (): Promise<Engine> => ({ ...(await import('../../lib/engine/index.ts')), polarWords: getPolarWords() });

const processLine = (engine: Engine, line: string, lang: Lang | undefined): string => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, error: 'invalid JSON' });
  }
  const input = lineSchema.safeParse(parsed);
  if (!input.success) {
    const issue = input.error.issues[0];
    return JSON.stringify({ id: idOf(parsed), error: `${issue.path.join('.') || 'line'}: ${issue.message}` });
  }
  const { id = null, text, lang: lineLang } = input.data;
  const result = engine.analyzeText(text, { lang: lineLang ?? lang, polarWords: engine.polarWords });
  const { lang: detected, checkworthy, checkworthyVia, subjective, subjectiveCues, claims } = result;
  return JSON.stringify({ id, lang: detected, checkworthy, checkworthyVia, subjective, subjectiveCues, claims });
};

// Result lines are written once per input chunk (on setImmediate, after the chunk's lines), or
// every 64 KB, instead of one write per line; `drain` is awaited, so memory stays flat.
const FLUSH_CHARS = 1 << 16;
const createLineWriter = (out: Writable) => {
  let pending = '';
  let scheduled: Promise<void> | null = null;
  const flush = async (): Promise<void> => {
    const text = pending;
    pending = '';
    scheduled = null;
    if (text && !out.write(text)) await once(out, 'drain');
  };
  const push = async (line: string): Promise<void> => {
    pending += `${line}\n`;
    if (pending.length >= FLUSH_CHARS) return flush();
    scheduled ??= new Promise<void>((resolve) => setImmediate(resolve)).then(flush);
  };
  const close = async (): Promise<void> => {
    await scheduled;
    await flush();
  };
  return { push, close };
};

const runJsonl = async (io: ExtractIo, lang: Lang | undefined): Promise<void> => {
  const engine = await loadEngine();
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  const writer = createLineWriter(io.stdout);
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      await writer.push(processLine(engine, line, lang));
    }
  } finally {
    await writer.close();
  }
};

/** The command body, with injectable streams so tests can run it in-process. */
export const runExtract = async (file: string | undefined, flags: ExtractFlags, io: ExtractIo): Promise<void> => {
  const langFlag = langSchema.safeParse(flags.lang ?? 'auto');
  if (!langFlag.success) throw badInput(`--lang must be auto, de or en (got "${flags.lang}")`);
  const lang = langFlag.data === 'auto' ? undefined : langFlag.data;
  if (flags.jsonl) return runJsonl(io, lang);
  const fromStdin = !file || file === '-';
  let bytes: Buffer;
  try {
    bytes = fromStdin ? await readAll(io.stdin) : await readFile(file);
  } catch (e) {
    throw badInput(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const text = decodeDocument(bytes, fromStdin ? 'input' : file);
  const engine = await loadEngine();
  const { lang: detected, claims, overLong } = engine.extractClaims(text, { lang, polarWords: engine.polarWords });
  if (overLong.length) io.stderr.write(`note: ${overLong.length} sentence(s) over 2000 characters were not made claims\n`);
  await writeLine(io.stdout, JSON.stringify({ lang: detected, claims }, null, 2));
};

export function registerExtract(program: Command) {
  program
    .command('extract')
    .description('extract claims from a text file (or stdin) and print them as JSON')
    .argument('[file]', 'UTF-8 text file, or - for stdin')
    .option('--lang <lang>', 'auto, de or en', 'auto')
    .option('--jsonl', 'read {"id","text","lang"?} lines from stdin, write one result line each')
    .action(async (file: string | undefined, flags: ExtractFlags) => {
      await runExtract(file, flags, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
    });
}
