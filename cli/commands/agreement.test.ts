import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { krippendorffC } from '../../lib/engine/agreement/test-data';
import { runAgreement } from './agreement';

const dir = mkdtempSync(join(tmpdir(), 'cs-agreement-'));
let count = 0;
const fileWith = (content: unknown): string => {
  const file = join(dir, `input-${count++}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

const run = async (file: string, json: boolean) => {
  const [stdout, stderr] = [new PassThrough(), new PassThrough()];
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  await runAgreement(file, { json }, { stdout, stderr });
  return { out, err };
};

describe('agreement command (in-process)', () => {
  it('--json prints exactly alpha, units, annotators and pairwiseKappa', async () => {
    const { out } = await run(fileWith({ level: 'nominal', ratings: krippendorffC }), true);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(['alpha', 'units', 'annotators', 'pairwiseKappa']);
    expect(report.alpha).toBeCloseTo(1 - (39 * 8) / 1216, 12);
    expect(report).toMatchObject({ units: 11, annotators: 4 });
    expect(report.pairwiseKappa).toHaveLength(6);
    expect(Object.keys(report.pairwiseKappa[0])).toEqual(['a', 'b', 'kappa', 'n']);
    // A and B: agree on 8 of 9 units, p_e = 23/81 → kappa = 49/58.
    expect(report.pairwiseKappa[0]).toMatchObject({ a: 'A', b: 'B', n: 9 });
    expect(report.pairwiseKappa[0].kappa).toBeCloseTo(49 / 58, 12);
  });

  it('ordinal with string values in "order"; interval on numbers', async () => {
    const names = ['one', 'two', 'three', 'four', 'five'];
    const words = krippendorffC.map((r) => ({ ...r, value: names[(r.value as number) - 1] }));
    const ordinal = JSON.parse((await run(fileWith({ level: 'ordinal', order: names, ratings: words }), true)).out);
    expect(ordinal.alpha.toFixed(3)).toBe('0.815');
    const interval = JSON.parse((await run(fileWith({ level: 'interval', ratings: krippendorffC }), true)).out);
    expect(interval.alpha.toFixed(3)).toBe('0.849');
  });

  it('undefined alpha is null in JSON, with a note on stderr; the table says why', async () => {
    const file = fileWith({ level: 'nominal', ratings: [{ unit: 'u1', annotator: 'a', value: 'x' }] });
    const { out, err } = await run(file, true);
    expect(JSON.parse(out)).toEqual({ alpha: null, units: 0, annotators: 1, pairwiseKappa: [] });
    expect(err).toMatch(/undefined: no unit has values from two annotators/);
    expect((await run(file, false)).out).toMatch(/alpha \(nominal\): undefined/);
  });

  it('the table shows alpha and one row per pair', async () => {
    const { out } = await run(fileWith({ level: 'nominal', ratings: krippendorffC }), false);
    expect(out).toMatch(/Krippendorff's alpha \(nominal\): 0\.743/);
    expect(out).toMatch(/over 11 unit\(s\) with ≥ 2 values \(40 values\) from 4 annotator\(s\)/);
    expect(out).toMatch(/^ {2}A {2}B {3}0\.845 {6}9$/m);
  });

  it('errors name the file and the bad field', async () => {
    await expect(run(join(dir, 'missing.json'), true)).rejects.toThrow(/cannot read .*missing\.json: no such file/);
    await expect(run(fileWith('{"level": '), true)).rejects.toThrow(/is not valid JSON/);
    await expect(run(fileWith({ level: 'ratio', ratings: [] }), true)).rejects.toThrow(/level: must be "nominal", "ordinal" or "interval"/);
    await expect(run(fileWith({ level: 'nominal' }), true)).rejects.toThrow(/ratings: must be a list/);
    const bad = { level: 'interval', ratings: [{ unit: 'u1', annotator: 'a', value: 1 }, { unit: 'u1', annotator: 'b', value: 'high' }] };
    await expect(run(fileWith(bad), true)).rejects.toThrow(/ratings\.1\.value: must be a number for level "interval"/);
    const noUnit = { level: 'nominal', ratings: [{ annotator: 'a', value: 1 }] };
    await expect(run(fileWith(noUnit), true)).rejects.toThrow(/ratings\.0\.unit/);
    const twice = { level: 'nominal', ratings: [{ unit: 'u', annotator: 'a', value: 1 }, { unit: 'u', annotator: 'a', value: 2 }] };
    await expect(run(fileWith(twice), true)).rejects.toThrow(/ratings\.1: annotator "a" already rated unit "u" in ratings\.0/);
    const mixed = { level: 'ordinal', ratings: [{ unit: 'u', annotator: 'a', value: 1 }, { unit: 'u', annotator: 'b', value: 'low' }] };
    await expect(run(fileWith(mixed), true)).rejects.toThrow(/ratings\.1\.value: ordinal values must be all numbers or all strings/);
    const unordered = { level: 'ordinal', order: ['low', 'high'], ratings: [{ unit: 'u', annotator: 'a', value: 'mid' }] };
    await expect(run(fileWith(unordered), true)).rejects.toThrow(/ratings\.0\.value: "mid" is not listed in "order"/);
    await expect(run(fileWith({ level: 'nominal', ratings: [], extra: 1 }), true)).rejects.toThrow(/extra/);
  });

  it('the shipped example (data/agreement) gives the published nominal alpha', async () => {
    expect(JSON.parse((await run('data/agreement/krippendorff-2011-c.json', true)).out).alpha.toFixed(3)).toBe('0.743');
  });

  it('many bad rows: the first five problems and a count', async () => {
    const ratings = Array.from({ length: 8 }, (_, i) => ({ unit: `u${i}`, annotator: 'a', value: 'x' }));
    await expect(run(fileWith({ level: 'interval', ratings }), true)).rejects.toThrow(/ratings\.4\.value[^;]*; and 3 more problem\(s\)$/);
  });
});

describe('agreement command (spawned CLI)', () => {
  const cli = (args: string[]) => spawnSync('npx', ['tsx', 'cli/index.ts', 'agreement', ...args], { encoding: 'utf8', timeout: 60000 });

  it('exit 0 with JSON; exit 1 with one stderr line for bad input; exit 2 without FILE', () => {
    const ok = cli([fileWith({ level: 'nominal', ratings: krippendorffC }), '--json']);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).alpha.toFixed(3)).toBe('0.743');
    const bad = cli([fileWith({ level: 'nominal', ratings: [{ unit: 'u', annotator: 'a' }] })]);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^claimscope: .*ratings\.0\.value: must be a string or a finite number$/)]);
    expect(cli([]).status).toBe(2);
  }, 60000);
});
