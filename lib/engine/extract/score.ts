// Checkworthiness: a transparent additive score. Every contribution is written into `reason`.
import { DE_CAUSAL, DE_VAGUE } from '../lang/de';
import { EN_CAUSAL, EN_VAGUE } from '../lang/en';
import type { ClaimKind, Lang } from '../types';
import type { Token } from './tokens';

export type ScoreInput = {
  kind: ClaimKind;
  tokens: Token[];
  lang: Lang;
  /** The sentence contains a digit. */
  hasDigit: boolean;
  quantities: number;
  dates: number;
  entities: number;
  hedged: boolean;
};

const CAUSAL = { de: new Set(DE_CAUSAL), en: new Set(EN_CAUSAL) };
const VAGUE = { de: new Set(DE_VAGUE), en: new Set(EN_VAGUE) };
const KIND_WEIGHT: Record<ClaimKind, number> = { factual: 0.1, reported: 0.1, quote: 0.05, prediction: -0.05, evaluative: -0.2 };
const BASE = 0.3;

export type Score = { value: number; reasons: string[] };

const signed = (n: number): string => (n >= 0 ? `+${n}` : `${n}`);

export const scoreCheckworthiness = (input: ScoreInput): Score => {
  const { tokens, lang } = input;
  const hasDigit = input.hasDigit;
  const parts: Array<[number, string, boolean]> = [
    [0.2, 'number', input.quantities > 0 || hasDigit],
    [0.1, 'date', input.dates > 0],
    [0.15, 'entity', input.entities > 0],
    [0.05, 'entities>=2', input.entities >= 2],
    [KIND_WEIGHT[input.kind], `kind ${input.kind}`, true],
    [0.1, 'causal', tokens.some((t) => CAUSAL[lang].has(t.lower))],
    [-0.15, 'hedged', input.hedged],
    [-0.1, 'vague', tokens.some((t) => VAGUE[lang].has(t.lower))],
    [-0.1, 'short', tokens.length < 8],
  ];
  let value = BASE;
  const reasons: string[] = [];
  for (const [delta, label, fires] of parts) {
    if (!fires || delta === 0) continue;
    value += delta;
    reasons.push(`checkworthiness:${signed(delta)} ${label}`);
  }
  return { value: Math.round(Math.min(1, Math.max(0, value)) * 100) / 100, reasons };
};
