// Checkworthiness: a transparent additive score over interpretable features (check-features.ts).
// Every contribution is written into `reason` as "checkworthiness:+0.15 number (40 teachers)".
// The weights are set by hand in steps of 0.05; they were checked against the public CT24 and
// GermEval 2021 train files, whose research-use licences allow no learned weights to ship
// (docs/engine.md, "Check-worthiness").
import type { Lang } from '../types';
import type { Feature, FeatureName } from './check-features';

/** A claim with checkworthiness ≥ this counts as check-worthy (analyzeText, the CLI's --jsonl). */
export const CHECKWORTHY_THRESHOLD = 0.5;
const BASE = 0.4;

export const FEATURE_WEIGHTS: Record<FeatureName, number> = {
  // checkable: numbers, events and their time, names, comparisons, changes, causes, sources
  number: 0.2,
  statistic: 0.1,
  date: 0.05,
  time: 0.1,
  entity: 0.1,
  comparative: 0.1,
  superlative: 0.1,
  change: 0.1,
  causal: 0.05,
  past: 0.1,
  existence: 0.05,
  attributed: 0.05,
  source: 0.15,
  'fact-frame': 0.05,
  record: 0.15,
  example: 0.1,
  correction: 0.05,
  generic: 0,
  'third-person': 0,
  experience: 0,
  long: 0.05,
  // opinions, appeals, address, hypotheticals
  evaluative: -0.05,
  opinion: -0.1,
  'first-person': -0.1,
  'second-person': -0.05,
  obligation: -0.1,
  conditional: -0.05,
  future: -0.05,
  modal: 0,
  promise: -0.1,
  talk: -0.1,
  short: -0.05,
};

// Where the two tuning genres disagree (German comments, English debate turns), a language
// keeps its own weight.
const LANG_WEIGHTS: Record<Lang, Partial<Record<FeatureName, number>>> = {
  de: { causal: 0.1, existence: 0.1, attributed: 0.1, experience: 0.1, generic: 0.05, long: 0.1, correction: 0.1, promise: 0, talk: -0.05 },
  en: { experience: -0.1, modal: -0.1, opinion: -0.15, obligation: -0.15, promise: -0.15, talk: -0.15, future: -0.1, evaluative: -0.1 },
};

export const weightOf = (name: FeatureName, lang: Lang): number => LANG_WEIGHTS[lang][name] ?? FEATURE_WEIGHTS[name];

export type Score = { value: number; reasons: string[] };

const signed = (n: number): string => (n >= 0 ? `+${n.toFixed(2)}` : n.toFixed(2));
// "checkworthiness:+0.20 number", built once per feature (this runs for every claim).
const label = (f: Feature): string => `checkworthiness:${signed(f.weight)} ${f.name}`;

export const scoreCheckworthiness = (features: Feature[]): Score => {
  let value = BASE;
  const reasons: string[] = [];
  for (const f of features) {
    if (f.weight === 0) continue;
    value += f.weight;
    reasons.push(f.cue === f.name ? label(f) : `${label(f)} (${f.cue})`);
  }
  return { value: Math.round(Math.min(1, Math.max(0, value)) * 100) / 100, reasons };
};
