import { z } from 'zod';
import { safeText } from './safe-text.ts';

// The input of `claimscope agreement FILE`: reliability data as one rating per (unit, annotator).

const LEVELS = ['nominal', 'ordinal', 'interval'] as const;
const name = safeText({ min: 1, max: 200 });

const ratingSchema = z.object({
  unit: name,
  annotator: name,
  value: z.union([safeText({ min: 1, max: 200 }), z.number()], { error: 'must be a string or a finite number' }),
});

type RatingRow = z.infer<typeof ratingSchema>;
type Issue = { path: (string | number)[]; message: string };

// What the statistics need beyond the shapes: numbers for interval, one value type for ordinal,
// ordinal strings listed in `order`, one rating per annotator and unit.
function checkValues(level: (typeof LEVELS)[number], ratings: readonly RatingRow[], order: readonly string[] | undefined): Issue[] {
  const issues: Issue[] = [];
  const firstType = typeof ratings[0]?.value;
  const rank = order ? new Set(order) : null;
  ratings.forEach(({ value }, i) => {
    const path = ['ratings', i, 'value'];
    if (level === 'interval' && typeof value !== 'number') issues.push({ path, message: 'must be a number for level "interval"' });
    if (level !== 'ordinal') return;
    if (typeof value !== firstType) issues.push({ path, message: `ordinal values must be all numbers or all strings (ratings.0.value is a ${firstType})` });
    else if (rank && typeof value === 'string' && !rank.has(value)) issues.push({ path, message: `"${value}" is not listed in "order"` });
  });
  return issues;
}

function checkDuplicates(ratings: readonly RatingRow[]): Issue[] {
  const first = new Map<string, number>();
  const issues: Issue[] = [];
  ratings.forEach(({ unit, annotator }, i) => {
    const key = JSON.stringify([unit, annotator]);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else issues.push({ path: ['ratings', i], message: `annotator "${annotator}" already rated unit "${unit}" in ratings.${earlier}` });
  });
  return issues;
}

export const agreementFileSchema = z
  .strictObject({
    level: z.enum(LEVELS, { error: 'must be "nominal", "ordinal" or "interval"' }),
    /** Ordinal string values from lowest to highest (numbers order by value). */
    order: z.array(name).min(1, 'must list at least one value').optional(),
    ratings: z.array(ratingSchema, { error: 'must be a list of {"unit", "annotator", "value"}' }).max(1_000_000, 'at most 1,000,000 ratings'),
  })
  .superRefine(({ level, order, ratings }, ctx) => {
    if (order && level !== 'ordinal') ctx.addIssue({ code: 'custom', path: ['order'], message: 'only applies to level "ordinal"' });
    if (order && new Set(order).size < order.length) ctx.addIssue({ code: 'custom', path: ['order'], message: 'lists a value twice' });
    for (const issue of [...checkValues(level, ratings, order), ...checkDuplicates(ratings)]) ctx.addIssue({ code: 'custom', ...issue });
  });

export type AgreementFile = z.infer<typeof agreementFileSchema>;
