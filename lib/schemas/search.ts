import { z } from 'zod';
import { parsePublished } from './document.ts';
import { idSchema, safeText } from './safe-text.ts';

// Search input, shared by the page, GET /api/v1/search and `claimscope search`. Every field
// arrives as a string (URL query or CLI flag); empty strings mean "not set".

export const SEARCH_DEFAULT_LIMIT = 20;
export const SEARCH_MAX_LIMIT = 100;
export const SEARCH_MAX_OFFSET = 10_000;

export const searchSortSchema = z.enum(['relevance', 'date']);
export const searchTypeSchema = z.enum(['claim', 'document']);
const claimKindSchema = z.enum(['quote', 'reported', 'factual', 'evaluative', 'prediction']);
const claimStatusSchema = z.enum(['suggested', 'accepted', 'rejected', 'disputed']);
const stanceSchema = z.enum(['supports', 'opposes', 'neutral', 'mixed']);

export const filterKeys = ['type', 'source', 'author', 'from', 'to', 'language', 'kind', 'stance', 'topic', 'speaker', 'status'] as const;
export type SearchFilterKey = (typeof filterKeys)[number];

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** A day, month or year; `from` means its first day, `to` its last (inclusive). */
const dateSchema = z.string().trim().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'is not a date (YYYY, YYYY-MM or YYYY-MM-DD)').refine((v) => parsePublished(v) !== null, 'is not a calendar date');

const count = (max: number, fallback: number) =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: 'is not a number' }).int('is not a whole number').min(0, 'must not be negative').max(max, `must be at most ${max}`).default(fallback));

export const searchInputSchema = z
  .object({
    q: optional(safeText({ max: 200 })),
    type: optional(searchTypeSchema),
    source: optional(safeText({ max: 300 })),
    author: optional(safeText({ max: 200 })),
    from: optional(dateSchema),
    to: optional(dateSchema),
    language: optional(z.enum(['de', 'en'])),
    kind: optional(claimKindSchema),
    stance: optional(stanceSchema),
    topic: optional(idSchema),
    speaker: optional(safeText({ max: 200 })),
    status: optional(claimStatusSchema),
    sort: optional(searchSortSchema).transform((v) => v ?? 'relevance'),
    limit: count(SEARCH_MAX_LIMIT, SEARCH_DEFAULT_LIMIT).refine((n) => n >= 1, 'must be at least 1'),
    offset: count(SEARCH_MAX_OFFSET, 0),
  })
  .refine((s) => Boolean(s.q) || filterKeys.some((k) => s[k] !== undefined), {
    message: 'give a search query or at least one filter',
    path: ['q'],
  })
  .refine((s) => !s.from || !s.to || dateRange(s.from, undefined).from! < dateRange(undefined, s.to).before!, { message: 'from must not be after to', path: ['to'] });

export type SearchInput = z.infer<typeof searchInputSchema>;
/** What the caller passes: strings (or numbers) per field, as from a URL query. */
export type RawSearchInput = Partial<Record<keyof SearchInput, string | number | undefined>>;

/** `from` as the first instant of its day/month/year and `to` as the first instant after its period. */
export function dateRange(from: string | undefined, to: string | undefined): { from: Date | null; before: Date | null } {
  const start = from ? parsePublished(from)!.date : null;
  let before: Date | null = null;
  if (to) {
    const { date, precision } = parsePublished(to)!;
    before = new Date(date);
    if (precision === 'year') before.setUTCFullYear(before.getUTCFullYear() + 1);
    else if (precision === 'month') before.setUTCMonth(before.getUTCMonth() + 1);
    else before.setUTCDate(before.getUTCDate() + 1);
  }
  return { from: start, before };
}

const inputKeys = ['q', 'sort', 'limit', 'offset', ...filterKeys] as const;

/** The known fields of a URL query (the first value of each; unknown keys are ignored). */
export function searchParamsInput(params: URLSearchParams | Record<string, string | string[] | undefined>): RawSearchInput {
  const get = (k: string) => (params instanceof URLSearchParams ? (params.get(k) ?? undefined) : [params[k]].flat()[0]);
  return Object.fromEntries(inputKeys.map((k) => [k, get(k)]).filter(([, v]) => v !== undefined));
}
