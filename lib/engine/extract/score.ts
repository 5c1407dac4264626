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
  record: 0.15, // voted, signed, verabschiedet
  policy: 0.1, // a law, budget or tax
  example: 0.1, // "for example", „z. B.“
  correction: 0.05, // „nicht X, sondern Y“, "actually"
  generic: 0, // „alle“, „nie“: German only, below
  experience: 0, // first person + past: German +, English −, below
  long: 0.05, // ≥ 20 words
  // opinions, appeals, address, hypotheticals
  evaluative: -0.05,
  opinion: -0.1,
  'first-person': -0.1,
  'second-person': -0.05,
  obligation: -0.1,
  conditional: -0.05,
  future: -0.05,
  modal: 0, // can, will: English only, below
  promise: -0.1, // "we will", „wir werden“
  proposal: -0.1, // an amount with a wish or condition ("should cut 40 percent")
  talk: -0.1, // the exchange itself: questions, answers, thanks
  short: -0.05,
};

// Where the two tuning genres disagree, a language keeps its own weight. German text of the kind
// tuned on is social-media comments, where personal experience, generalisations about groups and
// causes count as fact claims and proposals with amounts usually cite them; English is debate turns,
// where anecdotes, promises, modal talk and opinion frames are what is not worth checking.
const LANG_WEIGHTS: Record<Lang, Partial<Record<FeatureName, number>>> = {
  de: { proposal: 0, causal: 0.1, existence: 0.1, attributed: 0.1, experience: 0.05, generic: 0.05, long: 0.1, correction: 0.1, promise: 0, talk: -0.05 },
  en: { experience: -0.1, modal: -0.1, opinion: -0.15, obligation: -0.15, promise: -0.15, talk: -0.15, future: -0.1, evaluative: -0.1 },
};

export const weightOf = (name: FeatureName, lang: Lang): number => LANG_WEIGHTS[lang][name] ?? FEATURE_WEIGHTS[name];

export type Score = { value: number; reasons: string[] };

const signed = (n: number): string => (n >= 0 ? `+${n.toFixed(2)}` : n.toFixed(2));
// "checkworthiness:+0.20 number", built once per feature and weight (this runs for every claim).
const LABELS = new Map<string, string>();
const label = (f: Feature): string => {
  const key = `${f.name} ${f.weight}`;
  let l = LABELS.get(key);
  if (l === undefined) LABELS.set(key, (l = `checkworthiness:${signed(f.weight)} ${f.name}`));
  return l;
};

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
