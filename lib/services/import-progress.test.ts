import { describe, expect, it } from 'vitest';
import { formatDuration, ImportProgress } from './import-progress.ts';

describe('ImportProgress', () => {
  it('formats durations as m:ss and h:mm:ss', () => {
    expect([formatDuration(0), formatDuration(25.4), formatDuration(61), formatDuration(3725)]).toEqual(['0:00', '0:25', '1:01', '1:02:05']);
  });

  it('computes the rate and time left from the files done so far', () => {
    let now = 1000;
    const p = new ImportProgress(1000, () => now);
    expect(p.line('imported')).toBe('imported 0/1000 (0.0/s, ETA ?)');
    for (let i = 0; i < 120; i++) p.record(i % 10 ? 'created' : 'unchanged');
    now += 4000;
    expect(p.line('imported')).toBe('imported 120/1000 (30/s, ETA 0:29)');
    expect(p.counts).toEqual({ created: 108, unchanged: 12, failed: 0 });
  });
});
