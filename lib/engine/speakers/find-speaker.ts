// Finds who is speaking in one sentence: a speech cue plus the noun phrase or pronoun next to it.
import type { Entity, Lang } from '../types';
import { findPhrase, type Token } from '../extract/tokens';
import { ATTRIBUTION_AFTER, ATTRIBUTION_BEFORE, SPEECH_VERBS } from './cues';
import { phraseAfter, phraseBefore, type Phrase } from './noun-phrase';

export type Speech = {
  /** Named speaker, or null when the cue has no resolvable speaker. */
  speaker: string | null;
  cue: string;
  /** Token index of the cue. */
  index: number;
  isPerson: boolean;
  reasons: string[];
};

export type SpeakerContext = { lastPerson: string | null };

const PRONOUNS: Record<Lang, Set<string>> = { de: new Set(['er', 'sie']), en: new Set(['he', 'she']) };
const CLAUSE_END = /^[:;,„“”"«»]$/;

const entityAt = (entities: Entity[], p: Phrase): Entity | undefined =>
  entities.find((e) => e.start < p.end && e.end > p.start);

const nameOf = (entities: Entity[], p: Phrase): string => entityAt(entities, p)?.canonical ?? p.text;

const isPersonPhrase = (entities: Entity[], p: Phrase): boolean => {
  const e = entityAt(entities, p);
  return e ? e.type === 'person' || (e.type === 'other' && p.named) : p.named;
};

// A separable verb counts only with its particle at the end of the clause ("kündigte … an:").
const particleOf = (tokens: Token[], i: number, particles: string[]): Token | null => {
  for (let j = i + 1; j < tokens.length && j < i + 30; j++) {
    const t = tokens[j];
    if (t.inQuote) break;
    const next = tokens[j + 1];
    if (particles.includes(t.lower) && (!next || CLAUSE_END.test(next.text))) return t;
  }
  return null;
};

const pronounNear = (tokens: Token[], i: number, lang: Lang): Token | null => {
  for (const j of [i + 1, i - 1, i + 2]) {
    const t = tokens[j];
    if (t && !t.inQuote && PRONOUNS[lang].has(t.lower)) return t;
  }
  return null;
};

const fromVerb = (src: string, tokens: Token[], i: number, entities: Entity[], lang: Lang, ctx: SpeakerContext, cue: string): Speech | null => {
  const pronoun = pronounNear(tokens, i, lang);
  if (pronoun) {
    const reasons = [`speaker:${ctx.lastPerson ?? 'unresolved'} via pronoun '${pronoun.text}'`];
    return { speaker: ctx.lastPerson, cue, index: i, isPerson: true, reasons };
  }
  const before = phraseBefore(src, tokens, i);
  const after = phraseAfter(src, tokens, i);
  // German V2: a capitalised word before the verb is the subject only at a clause start or when named.
  const useBefore = before && (lang === 'en' || before.atClauseStart || isPersonPhrase(entities, before));
  const phrase = useBefore ? before : after ?? null;
  if (!phrase) return null;
  const speaker = nameOf(entities, phrase);
  return { speaker, cue, index: i, isPerson: isPersonPhrase(entities, phrase), reasons: [`speaker:${speaker} via '${cue}'`] };
};

const findVerbCue = (src: string, tokens: Token[], entities: Entity[], lang: Lang, ctx: SpeakerContext): Speech | null => {
  const verbs = SPEECH_VERBS[lang];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const entry = verbs.get(t.lower);
    if (!entry || t.inQuote) continue;
    let cue = t.text;
    if (entry.particles.length) {
      const particle = particleOf(tokens, i, entry.particles);
      if (!particle) continue;
      cue = `${t.text} … ${particle.text}`;
    }
    const speech = fromVerb(src, tokens, i, entities, lang, ctx, cue);
    if (speech) return speech;
  }
  return null;
};

const findAttribution = (src: string, tokens: Token[], entities: Entity[], lang: Lang): Speech | null => {
  for (const phrase of ATTRIBUTION_BEFORE[lang]) {
    const i = findPhrase(tokens, phrase);
    if (i < 0 || tokens[i].inQuote) continue;
    const last = i + phrase.length - 1;
    const cue = src.slice(tokens[i].start, tokens[last].end);
    const p = phraseAfter(src, tokens, last);
    const speaker = p ? nameOf(entities, p) : null;
    return { speaker, cue, index: i, isPerson: p ? isPersonPhrase(entities, p) : false, reasons: [`speaker:${speaker ?? 'unresolved'} via '${cue}'`] };
  }
  for (const word of ATTRIBUTION_AFTER[lang]) {
    const i = tokens.findIndex((t) => t.lower === word && !t.inQuote);
    if (i < 0) continue;
    const p = phraseBefore(src, tokens, i);
    const speaker = p ? nameOf(entities, p) : null;
    return { speaker, cue: tokens[i].text, index: i, isPerson: p ? isPersonPhrase(entities, p) : false, reasons: [`speaker:${speaker ?? 'unresolved'} via '${tokens[i].text}'`] };
  }
  return null;
};

/** Speech cue and speaker in one sentence; updates the last named person for pronouns. */
export const findSpeaker = (src: string, tokens: Token[], entities: Entity[], lang: Lang, ctx: SpeakerContext): Speech | null => {
  const speech = findAttribution(src, tokens, entities, lang) ?? findVerbCue(src, tokens, entities, lang, ctx);
  if (speech?.speaker && speech.isPerson) ctx.lastPerson = speech.speaker;
  return speech;
};
