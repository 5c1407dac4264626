import { z } from 'zod';
import { AppError } from '../errors.ts';
import { describeIssues } from '../schemas/safe-text.ts';
import { reanchorClaim } from '../services/reanchor-claims.ts';

// Reading W3C Web Annotations (our export, Hypothesis and other tools): a collection (items in
// first.items or items), a page, an array or a single annotation. Pure: matching documents and
// storing claims is lib/services/import-annotations.ts.

const selector = z.looseObject({ type: z.string() });
const target = z.union([z.string(), z.looseObject({ source: z.string().optional(), scope: z.string().optional(), selector: z.union([selector, z.array(selector)]).optional() })]);
const bodyItem = z.union([z.string(), z.looseObject({ type: z.string().optional(), value: z.string().optional(), purpose: z.string().optional(), field: z.string().optional() })]);
const annotationSchema = z.looseObject({
  id: z.string().optional(),
  type: z.union([z.string(), z.array(z.string())]).optional(),
  target: z.union([target, z.array(target).min(1)]),
  body: z.union([bodyItem, z.array(bodyItem)]).optional(),
  bodyValue: z.string().optional(),
  creator: z.union([z.string(), z.looseObject({ name: z.string().optional(), nickname: z.string().optional() })]).optional(),
  created: z.string().optional(),
  // Hypothesis's own API shape, which its exports also use: uri, text and tags beside target.
  uri: z.string().optional(),
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
});
type RawAnnotation = z.infer<typeof annotationSchema>;

export type QuoteSelector = { exact: string; prefix: string; suffix: string };
export type PositionSelector = { start: number; end: number };
export type IncomingAnnotation = {
  /** 1-based position in the file, for reports. */
  index: number;
  id: string | null;
  sources: string[];
  quote: QuoteSelector | null;
  position: PositionSelector | null;
  /** The annotation's own words (TextualBody values that are not tags or our structured fields). */
  note: string;
  tags: string[];
  kind: string | null;
  speaker: string | null;
  creator: string | null;
  created: string | null;
};

function itemsOf(json: unknown, name: string): unknown[] {
  if (Array.isArray(json)) return json;
  if (json && typeof json === 'object') {
    const o = json as Record<string, unknown>;
    const first = o.first as Record<string, unknown> | undefined;
    if (first && typeof first === 'object' && Array.isArray(first.items)) return first.items;
    if (Array.isArray(o.items)) return o.items;
    if (Array.isArray(o.rows)) return o.rows;
    if ('target' in o) return [o];
  }
  throw new AppError('BAD_INPUT', `${name}: expected an AnnotationCollection, an AnnotationPage, an array of annotations or one annotation`);
}

function int(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

function normalize(raw: RawAnnotation, index: number): IncomingAnnotation {
  const targets = (Array.isArray(raw.target) ? raw.target : [raw.target]).map((t) => (typeof t === 'string' ? { source: t } : t));
  const sources = targets.flatMap((t) => [t.source, 'scope' in t ? t.scope : undefined]).filter((s): s is string => typeof s === 'string' && s.length > 0);
  const selectors = targets.flatMap((t) => ('selector' in t && t.selector ? (Array.isArray(t.selector) ? t.selector : [t.selector]) : []));
  const q = selectors.find((s) => s.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact.length > 0);
  const p = selectors.find((s) => s.type === 'TextPositionSelector');
  const start = p ? int(p.start) : null;
  const end = p ? int(p.end) : null;
  const bodies = raw.body === undefined ? [] : Array.isArray(raw.body) ? raw.body : [raw.body];
  const notes: string[] = [raw.bodyValue, raw.text].filter((v): v is string => !!v);
  const tags: string[] = [...(raw.tags ?? [])];
  if (raw.uri) sources.push(raw.uri);
  let kind: string | null = null;
  let speaker: string | null = null;
  for (const b of bodies) {
    if (typeof b === 'string') continue; // a bare IRI: nothing to read
    if (!b.value) continue;
    if (b.field === 'kind') kind = b.value;
    else if (b.field === 'speaker') speaker = b.value;
    else if (b.field === 'topic' || b.purpose === 'tagging') tags.push(b.value);
    else if (b.purpose !== 'classifying' && b.purpose !== 'identifying') notes.push(b.value);
  }
  const creator = typeof raw.creator === 'string' ? raw.creator : (raw.creator?.name ?? raw.creator?.nickname ?? null);
  return {
    index,
    id: raw.id ?? null,
    sources,
    quote: q ? { exact: q.exact as string, prefix: typeof q.prefix === 'string' ? q.prefix : '', suffix: typeof q.suffix === 'string' ? q.suffix : '' } : null,
    position: start !== null && end !== null && end > start ? { start, end } : null,
    note: notes.join('\n\n').trim(),
    tags,
    kind,
    speaker,
    creator,
    created: raw.created ?? null,
  };
}

/** Parses a whole file: any malformed annotation refuses all of them, naming the first. */
export function parseAnnotations(text: string, name = 'annotations'): IncomingAnnotation[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('BAD_INPUT', `${name}: is not valid JSON`);
  }
  return itemsOf(json, name).map((item, i) => {
    const parsed = annotationSchema.safeParse(item);
    if (!parsed.success) throw new AppError('BAD_INPUT', `${name}: annotation ${i + 1}: ${describeIssues(parsed.error.issues.slice(0, 1))}`);
    return normalize(parsed.data, i + 1);
  });
}

export type Anchor = { start: number; end: number; by: 'position' | 'quote' };

/** The quote's prefix and suffix are the text right around [start, end). */
function contextFits(text: string, start: number, end: number, q: QuoteSelector): boolean {
  return text.slice(0, start).endsWith(q.prefix) && text.slice(end).startsWith(q.suffix);
}

/**
 * Where the annotation sits in the text: its position when the text there is its quote in its
 * context (or it has no quote), else the quote found again by exact text and context, nearest
 * the old position (reanchorClaim).
 */
export function anchorAnnotation(a: Pick<IncomingAnnotation, 'quote' | 'position'>, text: string): Anchor | null {
  const pos = a.position && a.position.end <= text.length ? a.position : null;
  if (pos && !a.quote) return { ...pos, by: 'position' };
  if (!a.quote) return null;
  if (pos && text.slice(pos.start, pos.end) === a.quote.exact && contextFits(text, pos.start, pos.end, a.quote)) return { ...pos, by: 'position' };
  const found = reanchorClaim({ id: '', text: a.quote.exact, start: a.position?.start ?? 0, end: a.position?.end ?? 0, prefix: a.quote.prefix, suffix: a.quote.suffix }, text);
  if (!found.found) return null;
  return { start: found.start, end: found.end, by: pos && found.start === pos.start && found.end === pos.end ? 'position' : 'quote' };
}
