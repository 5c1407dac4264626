import type { ClaimKind, ReaderClaimView } from './types';

export type ConflictValue = { id: string; version: number; kind: ClaimKind; speaker: string | null; cue: string | null; start: number; end: number; text: string };
type FormValues = { kind: ClaimKind; speaker: string; cue: string; start: number; end: number; quantities: string };

export function formatQuantities(qs: ReaderClaimView['quantities']): string {
  return qs.map((q) => [q.text, q.value, q.unit ?? ''].join(' | ').replace(/ \| $/, '')).join('\n');
}

/** "text | number | unit" lines → quantities; null when a line is malformed. */
export function parseQuantities(raw: string): { text: string; value: number; unit: string | null }[] | null {
  const out = [];
  for (const line of raw.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const [text, value, unit] = line.split('|').map((p) => p.trim());
    const n = Number(value?.replace(',', '.'));
    if (!text || !value || !Number.isFinite(n)) return null;
    out.push({ text, value: n, unit: unit || null });
  }
  return out;
}

/** The fields the user actually changed, in the shape updateClaimAction takes. */
export function changedFields(initial: FormValues, values: FormValues) {
  const out: { kind?: ClaimKind; speaker?: string | null; cue?: string | null; start?: number; end?: number } = {};
  if (values.kind !== initial.kind) out.kind = values.kind;
  if (values.speaker !== initial.speaker) out.speaker = values.speaker || null;
  if (values.cue !== initial.cue) out.cue = values.cue || null;
  if (values.start !== initial.start || values.end !== initial.end) Object.assign(out, { start: values.start, end: values.end });
  return out;
}
