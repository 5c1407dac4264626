'use client';

import { useState } from 'react';
import { previewDocumentsAction, saveDocumentsAction } from '@/lib/actions/documents';
import type { SavedItem } from '@/lib/schemas/upload';
import { DropZone } from './drop-zone';
import { UploadItem } from './upload-item';
import { fieldsFrom, formFor, sourceLabel, type ChosenSource, type MetaFields, type UploadEntry } from './upload-types';

// Add documents: each file, pasted text or URL is previewed on the server (text + guessed
// metadata, or why it is refused), the user corrects the metadata, and Save stores each item on
// its own (one request per item, so one item's size never counts against another's).

type Props = { accept: string; maxBytes: number };

const megabytes = (bytes: number) => `${Number((bytes / 1048576).toFixed(1))} MB`;
let nextKey = 0;

export function UploadForm({ accept, maxBytes }: Props) {
  const [entries, setEntries] = useState<UploadEntry[]>([]);
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [saving, setSaving] = useState(false);
  const update = (key: string, patch: Partial<UploadEntry>) => setEntries((all) => all.map((e) => (e.key === key ? { ...e, ...patch } : e)));

  async function preview(entry: UploadEntry) {
    const name = sourceLabel(entry.source);
    if (entry.source.kind === 'file' && entry.source.file.size > maxBytes) {
      return update(entry.key, { preview: { ok: false, name, reason: `${name}: the file is ${megabytes(entry.source.file.size)}; the limit is ${megabytes(maxBytes)}` } });
    }
    try {
      const r = await previewDocumentsAction(formFor(entry.source));
      const item = r.ok ? r.data[0] : { ok: false as const, name, reason: r.error };
      update(entry.key, { preview: item, meta: item.ok ? fieldsFrom(item.meta) : undefined });
    } catch {
      update(entry.key, { preview: { ok: false, name, reason: `${name}: could not be sent to the server` } });
    }
  }

  function add(sources: ChosenSource[]) {
    const added = sources.map((source) => ({ key: String(nextKey++), source }));
    setEntries((all) => [...all, ...added]);
    for (const entry of added) void preview(entry);
  }

  async function save() {
    setSaving(true);
    for (const entry of entries) {
      if (!entry.preview?.ok || !entry.meta || entry.saved) continue;
      update(entry.key, { busy: true });
      let saved: SavedItem;
      try {
        const r = await saveDocumentsAction(formFor(entry.source, entry.meta));
        saved = r.ok ? r.data[0] : { name: sourceLabel(entry.source), status: 'refused', reason: r.error };
      } catch {
        saved = { name: sourceLabel(entry.source), status: 'refused', reason: 'could not be sent to the server' };
      }
      update(entry.key, { busy: false, saved });
    }
    setSaving(false);
  }

  const ready = entries.filter((e) => e.preview?.ok && !e.saved).length;
  return (
    <div className="space-y-6">
      <DropZone accept={accept} onFiles={(files) => add(files.map((file) => ({ kind: 'file', file })))} />
      <div className="grid gap-4 sm:grid-cols-2">
        <form onSubmit={(e) => (e.preventDefault(), text.trim() && (add([{ kind: 'text', text }]), setText('')))} className="space-y-2">
          <label className="block text-sm text-stone-600" htmlFor="paste-text">Or paste text</label>
          <textarea id="paste-text" value={text} onChange={(e) => setText(e.target.value)} rows={4} className="w-full rounded border border-stone-300 p-2 text-sm" />
          <button type="submit" className="rounded border border-indigo-300 px-3 py-1 text-sm text-indigo-800 hover:bg-indigo-50">Add text</button>
        </form>
        <form onSubmit={(e) => (e.preventDefault(), url.trim() && (add([{ kind: 'url', url: url.trim() }]), setUrl('')))} className="space-y-2">
          <label className="block text-sm text-stone-600" htmlFor="fetch-url">Or a web address</label>
          <input id="fetch-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" className="w-full rounded border border-stone-300 px-2 py-1 text-sm" />
          <button type="submit" className="rounded border border-indigo-300 px-3 py-1 text-sm text-indigo-800 hover:bg-indigo-50">Fetch</button>
        </form>
      </div>
      {entries.length > 0 && (
        <ul className="space-y-4" data-testid="upload-items">
          {entries.map((entry) => (
            <UploadItem
              key={entry.key}
              entry={entry}
              onMeta={(meta: MetaFields) => update(entry.key, { meta })}
              onRemove={() => setEntries((all) => all.filter((e) => e.key !== entry.key))}
            />
          ))}
        </ul>
      )}
      <button type="button" onClick={() => void save()} disabled={saving || ready === 0} className="rounded bg-indigo-700 px-4 py-2 text-white hover:bg-indigo-800 disabled:opacity-50">
        {saving ? 'Saving…' : ready ? `Save ${ready} ${ready === 1 ? 'document' : 'documents'}` : 'Save'}
      </button>
    </div>
  );
}
