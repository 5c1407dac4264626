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

type Part = { delta: number; reason: string };

const part = (delta: number, label: string): Part => ({ delta, reason: `checkworthiness:${signed(delta)} ${label}` });

// Contributions in a fixed order, reason strings built once (this runs for every claim).
const NUMBER = part(0.2, 'number');
const DATE = part(0.1, 'date');
const ENTITY = part(0.15, 'entity');
const ENTITIES = part(0.05, 'entities>=2');
const KIND = Object.fromEntries(Object.entries(KIND_WEIGHT).map(([k, w]) => [k, part(w, `kind ${k}`)])) as Record<ClaimKind, Part>;
const CAUSE = part(0.1, 'causal');
const HEDGED = part(-0.15, 'hedged');
const VAGUENESS = part(-0.1, 'vague');
const SHORT = part(-0.1, 'short');

export const scoreCheckworthiness = (input: ScoreInput): Score => {
  const { tokens, lang } = input;
  const fired: Array<Part | false> = [
    (input.quantities > 0 || input.hasDigit) && NUMBER,
    input.dates > 0 && DATE,
    input.entities > 0 && ENTITY,
    input.entities >= 2 && ENTITIES,
    KIND[input.kind],
    tokens.some((t) => CAUSAL[lang].has(t.lower)) && CAUSE,
    input.hedged && HEDGED,
    tokens.some((t) => VAGUE[lang].has(t.lower)) && VAGUENESS,
    tokens.length < 8 && SHORT,
  ];
  let value = BASE;
  const reasons: string[] = [];
  for (const p of fired) {
    if (!p || p.delta === 0) continue;
    value += p.delta;
    reasons.push(p.reason);
  }
  return { value: Math.round(Math.min(1, Math.max(0, value)) * 100) / 100, reasons };
};
