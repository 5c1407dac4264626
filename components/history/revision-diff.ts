// Turns a revision's before/after snapshots into "field: before → after" lines.

export type FieldChange = { field: string; before: string; after: string };

const hidden = new Set(['version', 'prefix', 'suffix']);

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value.map((v) => (typeof v === 'object' && v !== null && 'text' in v ? String((v as { text: unknown }).text) : JSON.stringify(v))).join('; ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !hidden.has(f));
  return fields
    .map((field) => ({ field, before: show(b[field]), after: show(a[field]) }))
    .filter((c) => c.before !== c.after);
}
