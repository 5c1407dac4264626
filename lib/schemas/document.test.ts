import { describe, expect, it } from 'vitest';
import { parsePublished, publishedSchema } from './document.ts';

describe('parsePublished', () => {
  it('keeps the precision the date was given with', () => {
    expect(parsePublished('2024')).toEqual({ date: new Date(Date.UTC(2024, 0, 1)), precision: 'year' });
    expect(parsePublished('2020-02')?.precision).toBe('month');
    expect(parsePublished('2020-02-29')?.precision).toBe('day');
  });

  it.each(['2020-13', '2021-02-29', '2020-00', '20-02', '2020/02', 'Feb 2020', ''])('rejects %j', (v) => {
    expect(parsePublished(v)).toBeNull();
    expect(publishedSchema.safeParse(v).success).toBe(false);
  });
});
