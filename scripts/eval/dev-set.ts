// Schema and loader for the annotated development set (tests/fixtures/dev-set/*.jsonl).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const CLAIM_KINDS = ['quote', 'reported', 'prediction', 'evaluative', 'factual'] as const;
export const QUALIFIERS = ['about', 'over', 'under', 'up-to', 'at-least', 'exact', 'few'] as const;
export const DOMAINS = [
  'politics',
  'international',
  'economy',
  'science-health',
  'local',
  'sport',
  'culture',
  'social-media',
  'press-release',
] as const;

export const DEV_SET_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/dev-set');
/** Blind held-out set (same format); never used for tuning. */
export const HELDOUT_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/heldout');
/** Second blind held-out set (same format); never used for tuning. */
export const HELDOUT_2_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/heldout-2');
/** Annotated sets the eval can score, by name (`npm run eval -- --set heldout`). */
export const EVAL_SETS = { dev: DEV_SET_DIR, heldout: HELDOUT_DIR, heldout2: HELDOUT_2_DIR } as const;
export type EvalSetName = keyof typeof EVAL_SETS;

export const goldQuantitySchema = z
  .object({
    value: z.number().finite(),
    qualifier: z.enum(QUALIFIERS),
    unit: z.string().min(1).nullable(),
    low: z.number().finite().optional(),
    high: z.number().finite().optional(),
  })
  .strict();

export const goldClaimSchema = z
  .object({
    quote: z.string().min(1),
    kind: z.enum(CLAIM_KINDS),
    speaker: z.string().min(1).nullable(),
    hedged: z.boolean(),
    negated: z.boolean(),
    quantities: z.array(goldQuantitySchema),
  })
  .strict();

export const devItemSchema = z
  .object({
    id: z.string().regex(/^(de|en)-\d{3}$/),
    lang: z.enum(['de', 'en']),
    domain: z.enum(DOMAINS),
    text: z.string().min(1),
    claims: z.array(goldClaimSchema),
  })
  .strict();

export type GoldQuantity = z.infer<typeof goldQuantitySchema>;
export type GoldClaim = z.infer<typeof goldClaimSchema>;
export type DevItem = z.infer<typeof devItemSchema>;

/** Parses JSONL content; throws with file and line number on the first invalid line. */
export function parseDevSetLines(content: string, fileName: string): DevItem[] {
  const items: DevItem[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      throw new Error(`${fileName}:${index + 1}: invalid JSON (${String(error)})`);
    }
    const parsed = devItemSchema.safeParse(raw);
    if (!parsed.success) {
      throw new Error(`${fileName}:${index + 1}: ${z.prettifyError(parsed.error)}`);
    }
    items.push(parsed.data);
  });
  return items;
}

/** Lists the JSONL files of the dev set, sorted by name. */
export function listDevSetFiles(dir: string = DEV_SET_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Loads and validates every item of the dev set, optionally for one language. */
export function loadDevSet(options: { dir?: string; lang?: 'de' | 'en' } = {}): DevItem[] {
  const items = listDevSetFiles(options.dir).flatMap((file) =>
    parseDevSetLines(readFileSync(file, 'utf8'), path.basename(file)),
  );
  return options.lang ? items.filter((item) => item.lang === options.lang) : items;
}
