// Loads and validates the comparison evaluation pairs (tests/fixtures/compare-pairs/<set>/*.json).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const sideSchema = z.object({
  title: z.string().min(1),
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  lang: z.enum(['de', 'en']),
  outlet: z.string().optional(),
  text: z.string().min(1),
});

const goldSchema = z.object({
  relation: z.enum(['number-changed', 'agree', 'contradict']),
  thing: z.string().optional(),
  from: z.number().optional(),
  to: z.number().optional(),
  left: z.string().min(1),
  right: z.string().min(1),
});

export const pairSchema = z.object({
  id: z.string().min(1),
  domain: z.string().min(1),
  left: sideSchema,
  right: sideSchema,
  gold: z.array(goldSchema),
  distractors: z.array(z.object({ side: z.enum(['left', 'right']), quote: z.string().min(1) })).default([]),
});

export type EvalPair = z.infer<typeof pairSchema>;
export type GoldItem = z.infer<typeof goldSchema>;

export const PAIR_SETS = {
  dev: 'tests/fixtures/compare-pairs/dev',
  dev2: 'tests/fixtures/compare-pairs/dev-2',
  blind: 'tests/fixtures/compare-pairs/blind',
  blind2: 'tests/fixtures/compare-pairs/blind-2',
  blind3: 'tests/fixtures/compare-pairs/blind-3',
  blind4: 'tests/fixtures/compare-pairs/blind-4',
  blind5: 'tests/fixtures/compare-pairs/blind-5',
  blind6: 'tests/fixtures/compare-pairs/blind-6',
  blind7: 'tests/fixtures/compare-pairs/blind-7',
} as const;
export type PairSetName = keyof typeof PAIR_SETS;

/** Every quote must occur exactly once in its side's text, or scoring by offsets is ambiguous. */
function checkQuotes(pair: EvalPair, file: string): void {
  const check = (text: string, quote: string) => {
    const first = text.indexOf(quote);
    if (first < 0 || text.indexOf(quote, first + 1) >= 0) throw new Error(`${file}: quote must occur exactly once: "${quote}"`);
  };
  for (const g of pair.gold) {
    check(pair.left.text, g.left);
    check(pair.right.text, g.right);
  }
  for (const d of pair.distractors) check(pair[d.side].text, d.quote);
}

export function loadPairs(dir: string): EvalPair[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const pair = pairSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
      checkQuotes(pair, file);
      return pair;
    });
}
