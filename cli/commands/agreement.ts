// `claimscope agreement FILE`: Krippendorff's alpha and pairwise Cohen's kappa from a JSON file,
// so the teaching-mode numbers can be checked outside the app. No database.
import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { krippendorffAlpha, pairwiseKappa, type AlphaResult, type PairKappa, type UndefinedReason } from '../../lib/engine/agreement/index.ts';
import { AppError } from '../../lib/errors.ts';
import { agreementFileSchema, type AgreementFile } from '../../lib/schemas/agreement.ts';
import { describeIssues } from '../../lib/schemas/safe-text.ts';

export type AgreementFlags = { json?: boolean };
export type AgreementIo = { stdout: Writable; stderr: Writable };

/** The `--json` output, exactly these fields. */
export type AgreementReport = {
  alpha: number | null;
  units: number;
  annotators: number;
  pairwiseKappa: { a: string; b: string; kappa: number | null; n: number }[];
};

const SHOWN_ISSUES = 5;
const badInput = (message: string) => new AppError('BAD_INPUT', message);

/** Reads and validates FILE; every problem is a BAD_INPUT error naming the file (and the field). */
export async function readAgreementFile(file: string): Promise<AgreementFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw badInput(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'error')}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw badInput(`${file} is not valid JSON (${(e as Error).message})`);
  }
  const parsed = agreementFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const { issues } = parsed.error;
  const more = issues.length > SHOWN_ISSUES ? `; and ${issues.length - SHOWN_ISSUES} more problem(s)` : '';
  throw badInput(`${file}: ${describeIssues(issues.slice(0, SHOWN_ISSUES))}${more}`);
}

export function computeAgreement(input: AgreementFile): { alpha: AlphaResult; pairs: PairKappa[] } {
  return { alpha: krippendorffAlpha(input.ratings, input.level, { order: input.order }), pairs: pairwiseKappa(input.ratings) };
}

export const toReport = ({ alpha, pairs }: ReturnType<typeof computeAgreement>): AgreementReport => ({
  alpha: alpha.alpha,
  units: alpha.units,
  annotators: alpha.annotators,
  pairwiseKappa: pairs.map(({ a, b, kappa, n }) => ({ a, b, kappa, n })),
});

const WHY: Record<UndefinedReason, string> = {
  'no-pairable-values': 'no unit has values from two annotators',
  'no-variation': 'all values are the same, so there is no variation to agree on',
};

const fixed = (x: number | null) => (x === null ? '–' : x.toFixed(3));

function formatTable(level: string, { alpha, pairs }: ReturnType<typeof computeAgreement>): string[] {
  const lines = [`Krippendorff's alpha (${level}): ${alpha.alpha === null ? `undefined (${WHY[alpha.reason!]})` : fixed(alpha.alpha)}`];
  lines.push(`  over ${alpha.units} unit(s) with ≥ 2 values (${alpha.pairable} values) from ${alpha.annotators} annotator(s)`);
  if (alpha.observed !== null) lines.push(`  observed disagreement ${fixed(alpha.observed)}, expected by chance ${fixed(alpha.expected)}`);
  if (!pairs.length) return [...lines, '', "Cohen's kappa: no pair of annotators."];
  const width = (key: 'a' | 'b', title: string) => Math.max(title.length, ...pairs.map((p) => p[key].length));
  const [wa, wb] = [width('a', 'a'), width('b', 'b')];
  lines.push('', "Cohen's kappa per pair of annotators (over the units both rated):", `  ${'a'.padEnd(wa)}  ${'b'.padEnd(wb)}  kappa      n`);
  for (const p of pairs) lines.push(`  ${p.a.padEnd(wa)}  ${p.b.padEnd(wb)}  ${fixed(p.kappa).padStart(6)}  ${String(p.n).padStart(5)}`);
  const undefinedKappa = pairs.filter((p) => p.kappa === null);
  if (undefinedKappa.length) lines.push(`  – undefined: ${[...new Set(undefinedKappa.map((p) => WHY[p.reason!]))].join('; ')}`);
  return lines;
}

/** The command body, with injectable streams so tests can run it in-process. */
export async function runAgreement(file: string, flags: AgreementFlags, io: AgreementIo): Promise<void> {
  const input = await readAgreementFile(file);
  const result = computeAgreement(input);
  if (!flags.json) {
    io.stdout.write(`${formatTable(input.level, result).join('\n')}\n`);
    return;
  }
  if (result.alpha.reason) io.stderr.write(`note: alpha is undefined: ${WHY[result.alpha.reason]}\n`);
  io.stdout.write(`${JSON.stringify(toReport(result), null, 2)}\n`);
}

export function registerAgreement(program: Command) {
  program
    .command('agreement')
    .description("Krippendorff's alpha and pairwise Cohen's kappa from a JSON file of ratings (no database)")
    .argument('<file>', 'JSON: {"level": "nominal"|"ordinal"|"interval", "order"?: [...], "ratings": [{"unit", "annotator", "value"}]}')
    .option('--json', 'print {"alpha", "units", "annotators", "pairwiseKappa": [{"a", "b", "kappa", "n"}]}')
    .action(async (file: string, flags: AgreementFlags) => {
      await runAgreement(file, flags, { stdout: process.stdout, stderr: process.stderr });
    });
}
