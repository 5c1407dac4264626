// Stance of a claim toward a topic's proposition, from readable cues.
//
// How it works:
// 1. The topic's proposition is its concepts (lexicon ids, inferred from label + question)
//    and a polarity: +1 for the concept's positive pole ("Is the mission welcome?"),
//    −1 when the topic itself asks about the counter-pole ("Are the jobs at risk?").
// 2. Polar cues in the claim: terms (+1) and opposites (−1) of the topic's polar concepts,
//    then general evaluative words (geschätzt +1, umstritten −1, …).
// 3. Modifiers: a negator or privative ("nicht", "unberührt von", "untouched by") flips its
//    nearest cue, so a negated negative counts as positive; doubt ("fraglich", "far from
//    certain") flips its nearest cue at 0.6 weight (alone it counts −0.5); a contrast ("aber",
//    "however") weights what follows ×1.5 and what precedes ×0.75; a concessive clause ("zwar",
//    "although") ×0.5; a conditional ("nur so lange, wie", "only as long as") voids the cue it
//    governs and makes the stance mixed. A counter-pole concept word in a past or hypothetical
//    setting ("nach dem Abzug … 2011", "a withdrawal would leave") counts ×0.25: it narrates an
//    event rather than judging the present.
// 4. p = Σ pole·weight × topic polarity. Both signs strong (minor ≥ 0.6 × major) → mixed;
//    p ≥ 0.5 → supports; p ≤ −0.5 → opposes; otherwise neutral. Confidence grows with |p|
//    and topic-concept evidence, and shrinks with hedges and doubt.
import { ObjectMemo } from '../memo';
import { matchConceptTokens } from './concepts';
import type { ConceptGroup } from './lexicon';
import {
  CONCESSIVES,
  CONDITIONALS,
  CONTRASTS,
  DOUBTS,
  findCues,
  HEDGES,
  NEGATIVE,
  NEGATORS,
  NON_NEGATORS,
  NOW_MARKERS,
  POSITIVE,
  REASON_MARKERS,
  REVERSALS,
  THEN_MARKERS,
  PRIVATIVES,
  type CueMatch,
} from './stance-cues';
import { evaluativeReader, settingReader, type Setting } from './stance-setting';
import { tokenize, type Token } from './tokens';
import type { LexicalResources } from '../lexical/resources';
import { excessWords, polarWords } from '../lexical/polarity-cues';
import type { CompareClaim, CompareTopic, StanceResult } from './types';

export type StanceTopic = Pick<CompareTopic, 'label' | 'question' | 'concepts' | 'polarity'>;
export type StanceClaim = Pick<CompareClaim, 'text'> & Partial<Pick<CompareClaim, 'hedged' | 'negated' | 'published' | 'lang' | 'entities'>>;

type PolarCue = {
  start: number;
  end: number;
  pole: 1 | -1;
  weight: number;
  surface: string;
  /** Concept label for topic-concept cues; null for general evaluative words. */
  concept: string | null;
  negations: string[];
  doubt: string | null;
  conditional: string | null;
  /** The evaluative phrase a concept word is part of ("hohes Ansehen"); null for a bare concept word. */
  evaluative: string | null;
  /** Past or hypothetical setting of a counter-pole concept word. */
  setting: Setting | null;
};

/** A cue as read, with its signed contribution toward the topic's proposition. */
export type StanceCue = Readonly<PolarCue> & { value: number };

/** Weight of a counter-pole concept word narrated as a past event or a hypothetical. */
const SETTING_WEIGHT = 0.25;

type Modifiers = Record<
  'conditionals' | 'doubts' | 'privatives' | 'negators' | 'contrasts' | 'concessives' | 'hedges' | 'thens' | 'nows' | 'reasons' | 'reversals',
  CueMatch[]
>;

const first = (m: CueMatch) => m.tokenIndexes[0];
const last = (m: CueMatch) => m.tokenIndexes[m.tokenIndexes.length - 1];

function findModifiers(tokens: Token[], taken: Set<number>): Modifiers {
  findCues(tokens, NON_NEGATORS, taken);
  return {
    conditionals: findCues(tokens, CONDITIONALS, taken),
    doubts: findCues(tokens, DOUBTS, taken),
    privatives: findCues(tokens, PRIVATIVES, taken),
    negators: findCues(tokens, NEGATORS, taken),
    contrasts: findCues(tokens, CONTRASTS, taken),
    concessives: findCues(tokens, CONCESSIVES, taken),
    hedges: findCues(tokens, HEDGES, taken),
    thens: findCues(tokens, THEN_MARKERS, taken),
    nows: findCues(tokens, NOW_MARKERS, taken),
    reasons: findCues(tokens, REASON_MARKERS, taken),
    reversals: findCues(tokens, REVERSALS, taken),
  };
}

const newCue = (start: number, end: number, pole: 1 | -1, surface: string, concept: string | null): PolarCue => ({
  start,
  end,
  pole,
  weight: 1,
  surface,
  concept,
  negations: [],
  doubt: null,
  conditional: null,
  evaluative: null,
  setting: null,
});

/**
 * German nouns are capitalised: a capitalised word inside a German sentence is not the lowercase
 * (English or adjectival) phrase it spells ("das Bad", "Bad Homburg" are not "bad"; "Gut" is an estate).
 */
function isNounForLowercasePhrase(m: CueMatch, tokens: Token[], text: string): boolean {
  if (/\p{Lu}/u.test(m.phrase)) return false;
  return m.tokenIndexes.some((i) => {
    const t = tokens[i];
    return /^\p{Lu}/u.test(t.surface) && !/(^|[.!?:;„“"»«]\s*)$/u.test(text.slice(0, t.start).trimEnd());
  });
}

type PolarityContext = { text: string; lang?: CompareClaim['lang']; resources?: LexicalResources; names?: string[] };

function findPolarCues(tokens: Token[], taken: Set<number>, concepts: string[], lexicon: ConceptGroup[], ctx?: PolarityContext) {
  const polarGroups = new Set(lexicon.filter((g) => concepts.includes(g.id) && g.opposites).map((g) => g.id));
  const free = tokens.filter((t) => !taken.has(t.index));
  const topicHits = matchConceptTokens(free, lexicon).filter((h) => concepts.includes(h.groupId));
  const cues: PolarCue[] = [];
  for (const hit of topicHits.filter((h) => polarGroups.has(h.groupId))) {
    if (hit.tokenIndexes.some((i) => taken.has(i))) continue;
    hit.tokenIndexes.forEach((i) => taken.add(i));
    cues.push(newCue(hit.tokenIndexes[0], hit.tokenIndexes.at(-1)!, hit.pole, hit.surface, hit.label));
  }
  for (const [phrases, pole] of [[NEGATIVE, -1], [POSITIVE, 1]] as const) {
    for (const m of findCues(tokens, phrases, taken, false)) {
      if (ctx?.lang === 'de' && isNounForLowercasePhrase(m, tokens, ctx.text)) continue;
      cues.push(newCue(first(m), last(m), pole, m.surface, null));
    }
  }
  if (ctx?.resources && ctx.lang) {
    const covered = new Set(cues.flatMap((c) => Array.from({ length: c.end - c.start + 1 }, (_, i) => c.start + i)));
    // Entity names are never evaluations, wherever they stand ("Unite, which backed …").
    const names = new Set((ctx.names ?? []).flatMap((n) => tokenize(n).map((t) => t.lower)));
    const named = tokens.filter((t) => names.has(t.lower)).map((t) => t.index);
    const excess = excessWords(tokens, ctx.lang, new Set([...taken, ...covered]));
    for (const w of excess) cues.push(newCue(w.index, w.index, w.pole, w.surface, null));
    const free = new Set([...taken, ...covered, ...named, ...excess.map((w) => w.index)]);
    for (const w of polarWords(tokens, ctx.text, ctx.lang, ctx.resources, free)) {
      cues.push({ ...newCue(w.index, w.index, w.pole, w.surface, null), weight: w.weight });
    }
  }
  return { cues: cues.sort((a, b) => a.start - b.start), isOnTopic: topicHits.length > 0 };
}

function nearest(cues: PolarCue[], at: CueMatch, after: number, before: number, preferBefore = false) {
  // A cue around the modifier is the one it modifies ("reicht nicht aus").
  const around = cues.find((c) => c.start < first(at) && c.end > last(at));
  if (around) return around;
  const following = cues.filter((c) => c.start > last(at) && c.start - last(at) <= after);
  const preceding = cues.filter((c) => c.end < first(at) && first(at) - c.end <= before).reverse();
  return (preferBefore ? preceding[0] ?? following[0] : following[0] ?? preceding[0]) ?? null;
}

function clauseEnd(text: string, tokens: Token[], from: number): number {
  const offset = tokens[from]?.start ?? 0;
  const stop = text.slice(offset).search(/[,;:.!?]/);
  if (stop < 0) return tokens.length;
  const next = tokens.find((t) => t.start > offset + stop);
  return next ? next.index : tokens.length;
}

function applyModifiers(cues: PolarCue[], mods: Modifiers, text: string, tokens: Token[]): void {
  for (const neg of mods.negators) nearest(cues, neg, 5, 6)?.negations.push(neg.surface);
  // "Von den Abzugsforderungen ist die Mission bislang unberührt geblieben": wider reach back.
  for (const priv of mods.privatives) nearest(cues, priv, 5, 12)?.negations.push(priv.surface);
  for (const doubt of mods.doubts) {
    const target = nearest(cues.filter((c) => !c.doubt), doubt, 8, 10, true);
    if (target) target.doubt = doubt.surface;
  }
  for (const cond of mods.conditionals) {
    const target = nearest(cues, cond, 8, 0);
    if (target) target.conditional = cond.surface;
  }
  for (const contrast of mods.contrasts) {
    // A contrast with nothing polar after it links to an earlier sentence: no reweighting.
    if (!cues.some((c) => c.start > last(contrast))) continue;
    for (const c of cues) c.weight *= c.start > last(contrast) ? 1.5 : 0.75;
  }
  for (const conc of mods.concessives) {
    const isPreposition = /^(trotz|despite|in spite of)$/.test(conc.phrase);
    const nextContrast = mods.contrasts.map(first).find((i) => i > last(conc)) ?? tokens.length;
    const end = Math.min(clauseEnd(text, tokens, last(conc)), nextContrast, isPreposition ? last(conc) + 5 : tokens.length);
    for (const c of cues) if (c.start > last(conc) && c.start < end) c.weight *= 0.5;
  }
}

/** Weight of cues in a clause that gives reasons ("…, citing the noise"): the stance is in the main clause. */
const REASON_WEIGHT = 0.4;

/** A reason marker opens its clause after a comma: its cues count less than the main clause's. */
function applyReasons(cues: PolarCue[], mods: Modifiers, text: string, tokens: Token[]): void {
  for (const reason of mods.reasons) {
    const at = first(reason);
    if (at === 0 || !/,\s*$/.test(text.slice(tokens[at - 1].start, tokens[at].start))) continue;
    const end = clauseEnd(text, tokens, last(reason));
    for (const c of cues) if (c.start > last(reason) && c.start < end) c.weight *= REASON_WEIGHT;
  }
}

/** Weight of a stance the claim reports as held earlier, next to one held now. */
const EARLIER_WEIGHT = 0.2;

/** Comma/semicolon clause [from, to) of token i. */
function clauseOf(text: string, tokens: Token[], i: number): [number, number] {
  const gap = (a: number, b: number) => text.slice(tokens[a].start, tokens[b].start);
  let from = i;
  while (from > 0 && !/[,;:]/.test(gap(from - 1, from))) from--;
  return [from, clauseEnd(text, tokens, i)];
}

/**
 * "Residents who once backed the scheme are now opposed": the earlier stance (in the clause of
 * "once", or between "once" and "now") counts little when the claim also says what holds now.
 */
function applyThenNow(cues: PolarCue[], mods: Modifiers, text: string, tokens: Token[]): void {
  for (const then of mods.thens) {
    const [from, to] = clauseOf(text, tokens, first(then));
    // Without a "now", only an inserted clause (", who once championed it,") is the past: the main clause is the present.
    if (mods.nows.length === 0 && (from === 0 || to >= tokens.length)) continue;
    const now = mods.nows.map(first).find((n) => n > first(then));
    const [lo, hi] = now !== undefined && now < to ? [first(then), now] : [from, to];
    if (mods.nows.length > 0 && mods.nows.every((n) => first(n) >= lo && first(n) < hi)) continue;
    for (const c of cues) if (c.start >= lo && c.start < hi) c.weight *= EARLIER_WEIGHT;
  }
  // What is said to hold now is the claim's stance: "nennt seine Zustimmung heute einen Fehler".
  const now = mods.nows.map(first)[0];
  if (now !== undefined) for (const c of cues) if (c.start > now) c.weight *= NOW_WEIGHT;
}

/** A reversal with nothing polar to reverse still speaks against what it reverses. */
const LONE_REVERSAL = 0.6;

/** Weight of cues after a "now" marker. */
const NOW_WEIGHT = 2;

/**
 * A reversal ("hat den Beschluss wieder aufgehoben", "reversed its decision to keep the walkway
 * open") negates the decision it reverses: it flips the nearest cue, or alone counts against.
 */
function applyReversals(cues: PolarCue[], mods: Modifiers): CueMatch[] {
  const lone: CueMatch[] = [];
  for (const r of mods.reversals) {
    const target = nearest(cues, r, 8, 12);
    if (target) target.negations.push(r.surface);
    else lone.push(r);
  }
  return lone;
}

/** Marks evaluative concept words and weakens counter-pole words in a past or hypothetical setting. */
function applySettings(cues: PolarCue[], claim: StanceClaim, tokens: Token[]): void {
  const evaluativeOf = evaluativeReader(tokens);
  const settingOf = settingReader(claim.text, tokens, claim.published);
  for (const cue of cues.filter((c) => c.concept !== null)) {
    cue.evaluative = evaluativeOf(cue);
    if (cue.pole > 0) continue;
    // A negated or doubted counter-pole ("no withdrawal demands then") is a judgement whatever
    // its tense; in a hypothetical clause it is as unasserted as a plain one.
    const setting = settingOf(cue);
    if (!setting || (setting.kind === 'past' && (cue.negations.length > 0 || cue.doubt))) continue;
    cue.setting = setting;
    cue.weight *= SETTING_WEIGHT;
  }
}

function valueOf(cue: PolarCue): number {
  if (cue.conditional) return 0;
  const flips = cue.negations.length + (cue.doubt ? 1 : 0);
  return cue.pole * (flips % 2 === 0 ? 1 : -1) * cue.weight * (cue.doubt ? 0.6 : 1);
}

/** The topic's concepts and polarity, inferred from its label and question when not given. */
export function resolveTopic(topic: StanceTopic, lexicon: ConceptGroup[]): { concepts: string[]; polarity: 1 | -1 } {
  const text = [topic.label, topic.question].filter(Boolean).join('. ');
  const concepts = topic.concepts ?? [...new Set(matchConceptTokens(tokenize(text), lexicon).map((h) => h.groupId))];
  if (topic.polarity) return { concepts, polarity: topic.polarity };
  const tokens = tokenize(text);
  const taken = new Set<number>();
  const mods = findModifiers(tokens, taken);
  const { cues } = findPolarCues(tokens, taken, concepts, lexicon);
  applyModifiers(cues, mods, text, tokens);
  return { concepts, polarity: cues.reduce((s, c) => s + valueOf(c), 0) < 0 ? -1 : 1 };
}

function describeCue(cue: PolarCue, polarity: 1 | -1): string[] {
  const kind = cue.pole > 0 ? 'positive' : 'negative';
  const where = cue.concept ? ` (${cue.concept})` : '';
  const parts = [`${kind} "${cue.surface}"${where}`];
  const flips = cue.negations.length % 2 === 1;
  if (cue.negations.length > 0) {
    const result = (cue.pole > 0) !== flips ? 'positive' : 'negative';
    parts.push(`negated by "${cue.negations.join('", "')}", so counts as ${result}`);
  }
  if (cue.doubt) parts.push(`put in doubt by "${cue.doubt}"`);
  if (cue.conditional) parts.push(`only under the condition "${cue.conditional}"`);
  if (cue.setting) parts.push(`mentioned as a ${cue.setting.kind === 'past' ? 'past event' : 'hypothetical'} ("${cue.setting.surface}"), so it counts little`);
  if (polarity < 0) parts.push('read against the topic, which asks about the counter-pole');
  return [parts.join(', ')];
}

function cueList(cues: PolarCue[], mods: Modifiers, hedgedByExtractor: boolean, polarity: 1 | -1): string[] {
  const list: string[] = [];
  for (const c of cues) {
    list.push(`${c.pole > 0 ? 'positive' : 'negative'}:${c.surface}`);
    c.negations.forEach((n) => list.push(`negation:${n}→${c.surface}`));
    if (c.setting) list.push(`${c.setting.kind}:${c.setting.surface}→${c.surface}`);
  }
  mods.doubts.forEach((m) => list.push(`doubt:${m.surface}`));
  mods.conditionals.forEach((m) => list.push(`conditional:${m.surface}`));
  mods.contrasts.forEach((m) => list.push(`contrast:${m.surface}`));
  mods.concessives.forEach((m) => list.push(`concession:${m.surface}`));
  mods.hedges.forEach((m) => list.push(`hedge:${m.surface}`));
  if (hedgedByExtractor) list.push('hedge:(extractor)');
  if (polarity < 0) list.push('topic-polarity:negative');
  return list;
}

type Decision = { stance: StanceResult['stance']; confidence: number };

function decide(values: number[], hasConditional: boolean, isOnTopic: boolean, isHedged: boolean, hasDoubt: boolean): Decision {
  const pos = values.filter((v) => v > 0).reduce((s, v) => s + v, 0);
  const neg = -values.filter((v) => v < 0).reduce((s, v) => s + v, 0);
  const p = pos - neg;
  const damp = (isHedged ? 0.8 : 1) * (hasDoubt ? 0.9 : 1);
  const round = (x: number) => Math.round(Math.min(0.95, x) * 100) / 100;
  if (hasConditional) return { stance: 'mixed', confidence: round(0.55 * damp) };
  if (pos === 0 && neg === 0) return { stance: 'neutral', confidence: round((isOnTopic ? 0.5 : 0.35) * damp) };
  if (Math.min(pos, neg) >= 0.6 * Math.max(pos, neg)) return { stance: 'mixed', confidence: round(0.5 * damp) };
  if (Math.abs(p) < 0.5) return { stance: 'neutral', confidence: round(0.4 * damp) };
  const confidence = (0.55 + 0.15 * Math.min(Math.abs(p), 2) + (isOnTopic ? 0.05 : 0)) * damp;
  return { stance: p > 0 ? 'supports' : 'opposes', confidence: round(confidence) };
}

/** Stance of a claim toward the topic's proposition, with cues and an English rationale. */
export function detectStance(claim: StanceClaim, topic: StanceTopic, lexicon: ConceptGroup[], resources?: LexicalResources): StanceResult {
  return readStance(claim, topic, lexicon, resources).result;
}

/** detectStance plus the cues it read, each with its signed value toward the topic. */
export function readStance(
  claim: StanceClaim,
  topic: StanceTopic,
  lexicon: ConceptGroup[],
  resources?: LexicalResources,
): { result: StanceResult; cues: StanceCue[] } {
  // Every value the reading depends on besides the objects: the same claim read again is free.
  const key = JSON.stringify([topic.label, topic.question, topic.concepts, topic.polarity, claim.text, claim.hedged, claim.negated, claim.lang, claim.published, claim.entities?.map((e) => e.canonical)]);
  return STANCE_MEMO.get([claim, lexicon, resources], key, () => freezeReading(readStanceUncached(claim, topic, lexicon, resources)));
}

type Reading = { result: StanceResult; cues: StanceCue[] };
const STANCE_MEMO = new ObjectMemo<Reading>();
const freezeReading = (r: Reading): Reading => Object.freeze({ result: Object.freeze(r.result), cues: Object.freeze(r.cues) as StanceCue[] });

function readStanceUncached(claim: StanceClaim, topic: StanceTopic, lexicon: ConceptGroup[], resources?: LexicalResources): Reading {
  const { concepts, polarity } = resolveTopic(topic, lexicon);
  const tokens = tokenize(claim.text);
  const taken = new Set<number>();
  const mods = findModifiers(tokens, taken);
  const { cues, isOnTopic } = findPolarCues(tokens, taken, concepts, lexicon, { text: claim.text, lang: claim.lang, resources, names: claim.entities?.map((e) => e.canonical) });
  applyModifiers(cues, mods, claim.text, tokens);
  applyThenNow(cues, mods, claim.text, tokens);
  applyReasons(cues, mods, claim.text, tokens);
  const loneReversals = applyReversals(cues, mods);
  if (claim.negated && mods.negators.length + mods.privatives.length === 0 && cues.length > 0) cues[0].negations.push('(extractor)');
  applySettings(cues, claim, tokens);
  const values = cues.map((c) => valueOf(c) * polarity);
  const loneDoubts = mods.doubts.filter((d) => !cues.some((c) => c.doubt === d.surface));
  values.push(...loneDoubts.map(() => -0.5), ...loneReversals.map(() => -LONE_REVERSAL));
  const isHedged = mods.hedges.length > 0 || Boolean(claim.hedged);
  const hasConditional = cues.some((c) => c.conditional !== null) || (mods.conditionals.length > 0 && isOnTopic);
  const decision = decide(values, hasConditional, isOnTopic, isHedged, mods.doubts.length > 0);
  const hedgedByExtractor = Boolean(claim.hedged) && mods.hedges.length === 0;
  const reasons = cues.flatMap((c) => describeCue(c, polarity));
  loneDoubts.forEach((d) => reasons.push(`doubt "${d.surface}" questions the proposition`));
  mods.contrasts.forEach((m) => reasons.push(`contrast "${m.surface}" weights what follows`));
  mods.concessives.forEach((m) => reasons.push(`concession "${m.surface}" weakens its clause`));
  if (isHedged) reasons.push(`hedged${mods.hedges.length ? ` ("${mods.hedges.map((h) => h.surface).join('", "')}")` : ''}, lowering confidence`);
  const verb = { supports: 'Supports', opposes: 'Opposes', neutral: 'Neutral on', mixed: 'Mixed on' }[decision.stance];
  const because = reasons.length ? reasons.join('; ') : 'no polar cue found';
  const result = {
    ...decision,
    cues: cueList(cues, mods, hedgedByExtractor, polarity),
    rationale: `${verb} "${topic.label}": ${because}.`,
  };
  return { result, cues: cues.map((c, i) => ({ ...c, value: values[i] })) };
}
