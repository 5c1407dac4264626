import type { PreviewItem, PreviewMeta, SavedItem } from '@/lib/schemas/upload';

// The upload page's client state: one entry per file, pasted text or URL.

export type ChosenSource = { kind: 'file'; file: File } | { kind: 'text'; text: string } | { kind: 'url'; url: string };

export type MetaFields = Omit<PreviewMeta, 'authors'> & { authors: string };

export type UploadEntry = {
  key: string;
  source: ChosenSource;
  preview?: PreviewItem;
  meta?: MetaFields;
  saved?: SavedItem;
  busy?: boolean;
};

export const sourceLabel = (s: ChosenSource) => (s.kind === 'file' ? s.file.name : s.kind === 'url' ? s.url : 'pasted text');

export function fieldsFrom(meta: PreviewMeta): MetaFields {
  return { ...meta, authors: meta.authors.join('; ') };
}

/** The FormData of one source (and its metadata, for saving) as the server actions read it. */
export function formFor(source: ChosenSource, meta?: MetaFields): FormData {
  const form = new FormData();
  if (source.kind === 'file') form.append('file', source.file, source.file.name);
  else if (source.kind === 'text') form.append('text', source.text);
  else form.append('url', source.url);
  if (meta) for (const [k, v] of Object.entries(meta)) form.append(k, v);
  return form;
}
