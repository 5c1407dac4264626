'use client';

import Link from 'next/link';
import type { MetaFields, UploadEntry } from './upload-types';
import { sourceLabel } from './upload-types';

const KINDS = ['article', 'commentary', 'analysis', 'statement', 'interview', 'report', 'social', 'other'];
const input = 'w-full rounded border border-stone-300 px-2 py-1';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label className="block text-sm">
      <span className="text-stone-600">{label}</span>
      {children}
    </label>
  );
}

function Saved({ entry }: { entry: UploadEntry }) {
  const s = entry.saved!;
  if (s.status === 'refused') return <p role="alert" className="text-sm text-red-700" data-testid="item-status">Refused: {s.reason}</p>;
  const note = s.status === 'created' ? 'Stored; extracting claims in the background' : 'Unchanged: the same text is stored already';
  return (
    <p className="text-sm text-emerald-800" data-testid="item-status">
      {note} — <Link href={`/documents/${s.id}`} className="text-indigo-700 underline">{s.title}</Link>
    </p>
  );
}

type Props = { entry: UploadEntry; onMeta: (meta: MetaFields) => void; onRemove: () => void };

/** One source: its refusal, or its text excerpt and editable metadata, then what saving did. */
export function UploadItem({ entry, onMeta, onRemove }: Props) {
  const { preview, meta, saved } = entry;
  const label = sourceLabel(entry.source);
  const set = (k: keyof MetaFields) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => meta && onMeta({ ...meta, [k]: e.target.value });
  const locked = Boolean(saved) || entry.busy;
  return (
    <li className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="upload-item" aria-label={label}>
      <div className="flex items-baseline justify-between gap-2">
        <h3 className="break-all font-semibold">{label}</h3>
        {!saved && (
          <button type="button" onClick={onRemove} className="text-xs text-stone-500 hover:underline">
            Remove
          </button>
        )}
      </div>
      {!preview && <p className="text-sm text-stone-500">Reading…</p>}
      {preview && !preview.ok && <p role="alert" className="text-sm text-red-700" data-testid="item-status">Refused: {preview.reason}</p>}
      {preview?.ok && meta && (
        <>
          <p className="text-xs text-stone-500">{preview.format}, {preview.chars.toLocaleString('en')} characters{preview.chars > preview.excerpt.length ? ' (the first 2,000 shown)' : ''}</p>
          <pre className="max-h-48 overflow-auto whitespace-pre-wrap rounded bg-stone-50 p-2 font-serif text-sm text-stone-800" data-testid="item-excerpt">{preview.excerpt}</pre>
          <fieldset disabled={locked} className="grid gap-2 sm:grid-cols-2">
            <Field label="Title"><input className={input} value={meta.title} onChange={set('title')} /></Field>
            <Field label="Authors (separate with ;)"><input className={input} value={meta.authors} onChange={set('authors')} /></Field>
            <Field label="Outlet"><input className={input} value={meta.outlet} onChange={set('outlet')} /></Field>
            <Field label="URL"><input className={input} value={meta.url} onChange={set('url')} inputMode="url" /></Field>
            <Field label="Published (YYYY, YYYY-MM or YYYY-MM-DD)"><input className={input} value={meta.published} onChange={set('published')} /></Field>
            <Field label="Language">
              <select className={input} value={meta.language} onChange={set('language')}>
                <option value="de">German</option>
                <option value="en">English</option>
              </select>
            </Field>
            <Field label="Kind">
              <select className={input} value={meta.kind} onChange={set('kind')}>
                {KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
              </select>
            </Field>
          </fieldset>
        </>
      )}
      {saved && <Saved entry={entry} />}
    </li>
  );
}
