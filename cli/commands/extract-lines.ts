// One `extract --jsonl` input line → one output line; shared by the main thread and the workers.
import { z } from 'zod';
import type { Lang } from '../../lib/engine/index.ts';

export type Engine = typeof import('../../lib/engine/index.ts');

// Loaded when a command runs, so `--help` and the other commands do not load the engine.
export const loadEngine = (): Promise<Engine> => import('../../lib/engine/index.ts');

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]).nullable().optional(),
  text: z.string().min(1, 'text must not be empty'),
  lang: z.enum(['de', 'en']).optional(),
});

const idOf = (value: unknown): string | number | null => {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
};

/** The result line for one input line (bad lines get an `error` line, processing goes on). */
export const processLine = (engine: Engine, line: string, lang: Lang | undefined): string => {
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
  const result = engine.analyzeText(text, { lang: lineLang ?? lang });
  return JSON.stringify({ id, lang: result.lang, checkworthy: result.checkworthy, subjective: result.subjective, claims: result.claims });
};

/** Output for a batch of input lines: one result line each, blank lines skipped. */
export const processLines = (engine: Engine, lines: string[], lang: Lang | undefined): string => {
  let out = '';
  for (const line of lines) if (line.trim()) out += `${processLine(engine, line, lang)}\n`;
  return out;
};

/**
 * Splits text read so far into complete lines (at \n, \r\n or a lone \r, as readline does) and
 * the unfinished rest. A trailing \r stays in the rest: its \n may come with the next chunk.
 */
export const splitLines = (text: string): { lines: string[]; rest: string } => {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && i === text.length - 1) break;
    lines.push(text.slice(start, i));
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return { lines, rest: text.slice(start) };
};
