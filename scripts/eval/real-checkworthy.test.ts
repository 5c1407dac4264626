import { afterEach, describe, expect, it, vi } from 'vitest';
import { confusionOf, runRealCheckworthyIfRequested, scoresOf } from './real-checkworthy';

describe('real-data check-worthiness eval', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('computes positive-class F1 and macro-F1 as the shared tasks do', () => {
    const s = scoresOf(confusionOf([1, 1, 0, 0, 0], [true, false, true, false, false]));
    expect(s).toMatchObject({ tp: 1, fn: 1, fp: 1, tn: 2 });
    expect(s.positiveF1).toBeCloseTo(0.5);
    expect(s.negativeF1).toBeCloseTo(2 / 3);
    expect(s.macroF1).toBeCloseTo((0.5 + 2 / 3) / 2);
  });

  it('leaves other sets to the caller', () => {
    expect(runRealCheckworthyIfRequested(['--set', 'heldout'])).toBe(false);
    expect(runRealCheckworthyIfRequested([])).toBe(false);
  });

  it('skips with a message when the files are absent', () => {
    vi.stubEnv('CLAIMSCOPE_DATASETS', '/nonexistent/claimscope-datasets');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(runRealCheckworthyIfRequested(['--set', 'germeval'])).toBe(true);
    expect(log.mock.calls[0][0]).toMatch(/skipped/);
  });
});
