import { formatPublished, isoPublished, type Precision } from '@/lib/documents/published-date';

export function PublishedLabel({ date, precision }: { date: Date | null; precision: Precision | null }) {
  if (!date) return <span className="text-stone-400">undated</span>;
  return <time dateTime={isoPublished(date, precision)}>{formatPublished(date, precision)}</time>;
}
