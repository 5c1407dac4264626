import type { ExportClaim, ExportDocument, ExportOptions } from './types.ts';

// A small document with claims for the builder tests (no database).

export const options: ExportOptions = { baseUrl: 'https://claims.example', appName: 'Claimscope' };

const text = 'The mayor said the tram line will cost 40 million euros. Critics say that is too much.\n\n=SUM(A1) said the council.';

function claim(id: string, quote: string, extra: Partial<ExportClaim> = {}): ExportClaim {
  const start = text.indexOf(quote);
  return {
    id, text: quote, start, end: start + quote.length, prefix: '', suffix: '', kind: 'reported', voice: 'speaker', speaker: null,
    hedged: false, negated: false, checkworthiness: 0.5, origin: 'auto', status: 'suggested', orphaned: false,
    rating: null, ratingLabel: null, ratedBy: null, ratedAt: null, createdBy: null,
    createdAt: new Date('2024-01-02T03:04:05Z'), updatedAt: new Date('2024-01-03T00:00:00Z'), links: [], ...extra,
  };
}

export function sampleDocument(): ExportDocument {
  return {
    id: 'doc1', title: 'Tram plans', authors: ['A. Writer'], url: 'https://news.example/tram', outlet: 'Daily', outletUrl: null,
    language: 'en', kind: 'article', publishedAt: new Date('2020-02-14T00:00:00Z'), text,
    claims: [
      claim('c1', 'the tram line will cost 40 million euros', {
        speaker: 'The mayor', rating: 2, ratingLabel: 'Mostly false', ratedBy: 'Eve Editor', ratedAt: new Date('2024-02-01T00:00:00Z'),
        links: [{ topicId: 't1', topicLabel: 'Tram cost', stance: 'supports', status: 'accepted', origin: 'auto' }, { topicId: 't2', topicLabel: 'Budget', stance: 'neutral', status: 'suggested', origin: 'human' }],
      }),
      claim('c2', 'Critics say that is too much.', { kind: 'evaluative', voice: 'author', createdBy: 'Ann Annotator', origin: 'human' }),
      claim('c3', '=SUM(A1) said the council.', { speaker: '@council' }),
    ],
  };
}

/** A minimal RFC 4180 reader for checking our CSV (quoted cells, doubled quotes, CRLF). */
export function parseCsv(csv: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted && ch === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) cell += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\r' && csv[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += ch;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
