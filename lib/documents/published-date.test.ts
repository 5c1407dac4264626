import { describe, expect, it } from 'vitest';
import { formatPublished, isoPublished } from './published-date.ts';

describe('published dates', () => {
  const d = new Date(Date.UTC(2020, 1, 14));
  it('formats only as precisely as known', () => {
    expect(formatPublished(d, 'year')).toBe('2020');
    expect(formatPublished(d, 'month')).toBe('Feb 2020');
    expect(formatPublished(d, 'day')).toBe('14 Feb 2020');
    expect(formatPublished(null, null)).toBe('undated');
  });
  it('gives a machine-readable form at the same precision', () => {
    expect(isoPublished(d, 'year')).toBe('2020');
    expect(isoPublished(d, 'month')).toBe('2020-02');
    expect(isoPublished(d, 'day')).toBe('2020-02-14');
  });
});
