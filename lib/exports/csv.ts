import { stringify } from 'csv-stringify/sync';
import { iso, type ExportDocument } from './types.ts';

// Claims as CSV: one row per claim × topic (a claim without topics has one row with the topic
// columns empty). UTF-8 with a header row; cells a spreadsheet would run as a formula are defused.

export const CSV_COLUMNS = [
  'claim_id', 'document_id', 'document_title', 'document_url', 'document_published', 'outlet',
  'speaker', 'kind', 'voice', 'status', 'origin', 'hedged', 'negated', 'checkworthiness',
  'rating', 'rating_label', 'start', 'end', 'text',
  'topic_id', 'topic_label', 'stance', 'link_status', 'link_origin',
] as const;

/**
 * OWASP CSV injection: a cell that starts with = + - @, a tab or a carriage return is prefixed
 * with a single quote so spreadsheets show it as text. Numbers we write ourselves stay numbers.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

type Cell = string | number | boolean | null;

export function claimRows(documents: ExportDocument[]): Cell[][] {
  const rows: Cell[][] = [];
  for (const doc of documents) {
    for (const c of doc.claims) {
      const base: Cell[] = [
        c.id, doc.id, doc.title, doc.url, iso(doc.publishedAt), doc.outlet,
        c.speaker, c.kind, c.voice, c.status, c.origin, c.hedged, c.negated, Number(c.checkworthiness.toFixed(3)),
        c.rating, c.ratingLabel, c.start, c.end, c.text,
      ];
      const links = c.links.length ? c.links.map((l) => [l.topicId, l.topicLabel, l.stance, l.status, l.origin]) : [[null, null, null, null, null]];
      for (const link of links) rows.push([...base, ...link]);
    }
  }
  return rows;
}

function cell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'string') return safeCell(v);
  return String(v);
}

export function claimsCsv(documents: ExportDocument[]): string {
  return stringify([[...CSV_COLUMNS], ...claimRows(documents).map((r) => r.map(cell))], { record_delimiter: '\r\n' });
}
