// Decides the claim kind from speech cues, quotation coverage and lexical markers.
import { DE_EVALUATIVE, DE_KONJUNKTIV, DE_OPINION_PHRASES, DE_PREDICTION } from '../lang/de';
import { EN_EVALUATIVE, EN_OPINION_PHRASES, EN_PREDICTION } from '../lang/en';
import type { Sentence } from '../segment';
import type { Speech } from '../speakers/find-speaker';
import type { ClaimKind, Lang } from '../types';
import type { Token } from './tokens';

const EVALUATIVE = { de: new Set(DE_EVALUATIVE), en: new Set(EN_EVALUATIVE) };
const OPINION = { de: DE_OPINION_PHRASES, en: EN_OPINION_PHRASES };
const PREDICTION = { de: new Set(DE_PREDICTION), en: new Set(EN_PREDICTION) };
const KONJUNKTIV = new Set(DE_KONJUNKTIV);
const FUTURE_AUX = new Set(['wird', 'werden', 'werde', 'wirst']);
const MIN_QUOTE_WORDS = 5;
const ADJ_INFLECTION = /(?:e|en|er|es|em)$/;

export type KindResult = { kind: ClaimKind; reasons: string[]; quoteId: number | null; evaluativeCount: number };

const isWord = (t: Token): boolean => /[\p{L}\p{N}]/u.test(t.text);

/** The quotation that makes this sentence direct speech, if any. */
export const directQuote = (s: Sentence, tokens: Token[], hasSpeech: boolean): Sentence['quotes'][number] | null => {
  const words = tokens.filter(isWord);
  const quoted = words.filter((t) => t.inQuote).length;
  for (const q of s.quotes) {
    const spansSentences = q.start < s.start || q.end > s.end;
    const inside = words.filter((t) => t.start > q.start && t.start < q.end).length;
    const coverage = quoted / Math.max(1, words.length);
    // A long quoted phrase inside an author's sentence is a citation, not direct speech.
    if (spansSentences || coverage >= 0.6 || (inside >= MIN_QUOTE_WORDS && hasSpeech)) return q;
  }
  return null;
};

// "wird … bauen" (future) but not "wird … gebaut" (passive present).
const isGermanFuture = (tokens: Token[]): boolean => {
  const i = tokens.findIndex((t) => FUTURE_AUX.has(t.lower));
  if (i < 0) return false;
  const rest = tokens.slice(i + 1).filter(isWord);
  if (rest.some((t) => t.lower === 'worden')) return false;
  const last = rest[rest.length - 1];
  return !!last && last.text === last.lower && /(?:en|ern|eln)$/.test(last.lower) && !/^ge/.test(last.lower)
    || rest.some((t, k) => t.lower === 'werden' && k > 0);
};

const predictionCue = (tokens: Token[], lang: Lang, joined: string): string | null => {
  const hit = tokens.find((t) => PREDICTION[lang].has(t.lower) && (t.text === t.lower || t === tokens[0]));
  if (hit) return hit.text;
  if (lang === 'de' && isGermanFuture(tokens)) return 'werden+Infinitiv';
  if (lang === 'en' && /\b(?:going to|set to|is expected to|are expected to)\b/.test(joined)) return 'going/set to';
  return null;
};

const evaluativeCues = (tokens: Token[], lang: Lang, joined: string): string[] => {
  const words = EVALUATIVE[lang];
  // German adjectives inflect: "schlechte", "falschen" → "schlecht", "falsch".
  const isEvaluative = (w: string) => words.has(w) || (lang === 'de' && words.has(w.replace(ADJ_INFLECTION, '')));
  const cues = tokens.filter((t) => t.text === t.lower && isEvaluative(t.lower)).map((t) => t.text);
  for (const p of OPINION[lang]) if (joined.includes(` ${p} `)) cues.push(p);
  return cues;
};

const konjunktivCue = (tokens: Token[]): string | null => {
  const i = tokens.findIndex((t) => KONJUNKTIV.has(t.lower) && !t.inQuote);
  if (i < 0) return null;
  // "ich habe", "ich werde" are indicative.
  return tokens[i - 1]?.lower === 'ich' || tokens[i + 1]?.lower === 'ich' ? null : tokens[i].text;
};

export const classifyKind = (s: Sentence, tokens: Token[], lang: Lang, speech: Speech | null, hasFacts: boolean): KindResult => {
  const quote = directQuote(s, tokens, speech !== null);
  const joined = ` ${tokens.map((t) => t.lower).join(' ')} `;
  const evaluative = evaluativeCues(tokens, lang, joined);
  const base = { quoteId: quote?.id ?? null, evaluativeCount: evaluative.length };
  if (quote) return { ...base, kind: 'quote', reasons: [`kind:quote via ${quote.open}…${quote.close ?? ''}`] };
  if (speech) return { ...base, kind: 'reported', reasons: [`kind:reported via '${speech.cue}'`] };
  const konj = lang === 'de' ? konjunktivCue(tokens) : null;
  if (konj) return { ...base, kind: 'reported', reasons: [`kind:reported via Konjunktiv '${konj}'`] };
  const prediction = predictionCue(tokens, lang, joined);
  if (prediction && evaluative.length < 2) return { ...base, kind: 'prediction', reasons: [`kind:prediction via '${prediction}'`] };
  if (evaluative.length >= 2 || (evaluative.length === 1 && !hasFacts)) {
    return { ...base, kind: 'evaluative', reasons: [`kind:evaluative via '${evaluative.join("', '")}'`] };
  }
  return { ...base, kind: 'factual', reasons: ['kind:factual'] };
};
