import type { ExportFormat } from '@/lib/exports/scope';

// Download links to GET /api/v1/exports for one scope (a server component: plain links, the
// route checks the session and role). Shown only to signed-in readers; the backup only to admins.

type Scope = { document: string } | { topic: string } | { compare: [string, string] } | Record<string, never>;

const LABELS: [ExportFormat, string, string][] = [
  ['claimreview', 'ClaimReview', 'schema.org ClaimReview JSON-LD'],
  ['webannotation', 'Web Annotations', 'W3C Web Annotation JSON-LD'],
  ['csv', 'CSV', 'Claims as CSV, one row per claim and topic'],
];

function href(format: ExportFormat, scope: Scope): string {
  const q = new URLSearchParams({ format });
  if ('document' in scope) q.set('document', scope.document);
  if ('topic' in scope) q.set('topic', scope.topic);
  if ('compare' in scope) q.set('compare', scope.compare.join(','));
  return `/api/v1/exports?${q}`;
}

export function ExportButtons({ scope, backup = false }: { scope: Scope; backup?: boolean }) {
  const link = 'rounded border border-stone-300 bg-white px-2 py-0.5 text-stone-800 hover:bg-stone-100';
  return (
    <div className="no-print flex flex-wrap items-center gap-2 text-sm" data-testid="export-buttons">
      <span className="text-stone-500">Export:</span>
      {LABELS.map(([format, label, title]) => (
        <a key={format} href={href(format, scope)} download title={title} className={link}>
          {label}
        </a>
      ))}
      {backup && (
        <a href={href('backup', {})} download title="Full backup as JSON lines (restore with claimscope restore)" className={link}>
          Backup
        </a>
      )}
    </div>
  );
}
