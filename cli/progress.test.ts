import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ImportProgress } from '../lib/services/import-progress.ts';
import { createProgressReporter } from './progress.ts';

const output = (s: PassThrough) => (s.end(), s.read()?.toString() ?? '');

describe('createProgressReporter off a terminal', () => {
  it('prints a plain line every 5 % of the files and at the end', () => {
    const stream = new PassThrough();
    const reporter = createProgressReporter(stream, 'imported', 100);
    const p = new ImportProgress(100);
    for (let i = 0; i < 100; i++) {
      p.record('created');
      reporter.update(p);
    }
    reporter.stop();
    const lines = output(stream).trim().split('\n');
    expect(lines).toHaveLength(20);
    expect(lines[0]).toMatch(/^imported 5\/100 \(/);
    expect(lines.at(-1)).toMatch(/^imported 100\/100 \(.*\/s, ETA 0:00\)$/);
  });

  it('with timeOnly prints nothing for a short pass', () => {
    const stream = new PassThrough();
    const reporter = createProgressReporter(stream, 'checked', 3, { timeOnly: true });
    const p = new ImportProgress(3);
    for (let i = 0; i < 3; i++) {
      p.record('checked');
      reporter.update(p);
    }
    expect(output(stream)).toBe('');
  });
});
