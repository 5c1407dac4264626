// Shows a publication date only as precisely as it is known ("2020", "Feb 2020", "14 Feb 2020").
export type Precision = 'day' | 'month' | 'year';

export function formatPublished(date: Date | null, precision: Precision | null, locale = 'en-GB'): string {
  if (!date) return 'undated';
  const opts: Intl.DateTimeFormatOptions =
    precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { year: 'numeric', month: 'short' } : { year: 'numeric', month: 'short', day: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).format(date);
}

/** Machine-readable form for <time dateTime>. */
export function isoPublished(date: Date, precision: Precision | null): string {
  const iso = date.toISOString();
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}
