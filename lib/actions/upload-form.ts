import type { UploadSource } from '../schemas/upload.ts';

// The upload page sends FormData (files cannot travel as JSON). These turn it into the plain
// shapes the services parse with zod; anything else is passed through for zod to refuse.

const META_FIELDS = ['title', 'authors', 'outlet', 'url', 'published', 'language', 'kind'] as const;

const isFile = (v: unknown): v is File => typeof v === 'object' && v !== null && typeof (v as File).arrayBuffer === 'function';

async function fileSource(file: File): Promise<UploadSource> {
  return { kind: 'file', name: file.name || 'upload', bytes: new Uint8Array(await file.arrayBuffer()), contentType: file.type || undefined };
}

/** Every file (field "file", repeated), the pasted "text" and the "url" of a form, in that order. */
export async function sourcesFromForm(form: FormData): Promise<UploadSource[]> {
  const sources: UploadSource[] = [];
  for (const v of form.getAll('file')) if (isFile(v) && v.size > 0) sources.push(await fileSource(v));
  const text = form.get('text');
  if (typeof text === 'string' && text.trim()) sources.push({ kind: 'text', name: 'pasted text', text });
  const url = form.get('url');
  if (typeof url === 'string' && url.trim()) sources.push({ kind: 'url', url: url.trim() });
  return sources;
}

export async function previewInputFromForm(form: unknown): Promise<unknown> {
  return form instanceof FormData ? { items: await sourcesFromForm(form) } : form;
}

/** One item to save: its source (as in the preview) and the metadata fields the user corrected. */
export async function saveInputFromForm(form: unknown): Promise<unknown> {
  if (!(form instanceof FormData)) return form;
  const meta = Object.fromEntries(META_FIELDS.map((f) => [f, typeof form.get(f) === 'string' ? form.get(f) : undefined]));
  return { items: (await sourcesFromForm(form)).map((source) => ({ source, meta })) };
}
