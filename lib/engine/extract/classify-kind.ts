// Decides the claim kind from speech cues, quotation coverage and lexical markers.
// Precedence (annotation guidelines): quote > reported > prediction > evaluative > factual.
import { DE_KONJUNKTIV, DE_PLAN_MODALS, DE_PREDICTION } from '../lang/de';
import { EN_FUTURE_FRAMES, EN_PREDICTION } from '../lang/en';
import type { Sentence } from '../segment';
import type { Speech } from '../speakers/find-speaker';
import type { ClaimKind, Lang } from '../types';
import { findEvaluativeCues, joinLower } from './evaluative';
import type { Token } from './tokens';

const PREDICTION = { de: new Set(DE_PREDICTION), en: new Set(EN_PREDICTION) };
const PLAN_MODALS = new Set(DE_PLAN_MODALS);
const KONJUNKTIV = new Set(DE_KONJUNKTIV);
const FUTURE_AUX = new Set(['wird', 'werden', 'werde', 'wirst']);
const EN_MODAL_HEDGES = new Set(['may', 'might', 'could']);
const PERFECT_AUX = new Set(['haben', 'sein', 'worden', 'gewesen']);
// "es sei denn" (unless) and "sei es … oder" (be it) are idioms, not indirect speech.
const KONJUNKTIV_IDIOM_NEXT = new Set(['denn', 'es', 'dank', 'gesagt']);
const FIRST_PERSON = new Set(['ich']);
const MIN_QUOTE_WORDS = 5;
const INFINITIVE = /^\p{Ll}+(?:en|ern|eln)$/u;

export type KindResult = {
  kind: ClaimKind;
  reasons: string[];
  quoteId: number | null;
  evaluativeCount: number;
  /** Evaluative cues, when the kind needed them (not for quotes and reported speech). */
  evaluativeCues?: string[];
};

const isWord = (t: Token): boolean => t.isWord;

/** The quotation that makes this sentence direct speech, if any. */
export const directQuote = (s: Sentence, tokens: Token[], hasSpeech: boolean): Sentence['quotes'][number] | null => {
  if (!s.quotes.length) return null;
  const words = tokens.filter(isWord);
  const quoted = words.filter((t) => t.inQuote).length;
  for (const q of s.quotes) {
    const spansSentences = q.start < s.start || q.end > s.end;
    const inside = words.filter((t) => t.start > q.start && t.start < q.end).length;
    const coverage = quoted / Math.max(1, words.length);
    // A long quoted phrase inside an author's sentence is a citation, not direct speech.
    if (spansSentences || coverage >= 0.6 || (inside >= MIN_QUOTE_WORDS && hasSpeech)) return q;
    // A quoted fragment inside reported speech is still a quote ("sagte, X sei „nicht verhandelbar“").
    if (hasSpeech && inside >= 1 && q.close !== null && coverage < 0.6) return q;
  }
  return null;
};

// Last word of the clause that starts after `from` (stops at a comma or the sentence end).
const clauseEnd = (tokens: Token[], from: number): Token | null => {
  let last: Token | null = null;
  for (let j = from + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.text === ',' || t.text === ';' || t.text === ':') break;
    if (isWord(t)) last = t;
  }
  return last;
};

/** Index of the comma/semicolon/colon that ends the clause starting after `from`, or -1. */
const clauseBreak = (tokens: Token[], from: number): number => {
  for (let j = from + 1; j < tokens.length; j++) if (tokens[j].text === ',' || tokens[j].text === ';' || tokens[j].text === ':') return j;
  return -1;
};
const PARTICIPLE = /^(?:ge\p{Ll}+(?:t|en)|\p{Ll}+iert)$/u;
const MAX_FUTURE_SEGMENTS = 3;
// Infinitives that look like participles ("wird es nicht mehr geben", not "gegeben").
const GE_INFINITIVES = new Set([
  'geben', 'gehen', 'gelten', 'gewinnen', 'gehören', 'gelingen', 'geschehen', 'gefallen', 'gestalten',
  'gewähren', 'genehmigen', 'gewährleisten', 'genießen', 'geraten', 'gefährden', 'gewöhnen', 'gebrauchen',
]);

const isInfinitive = (t: Token | null): boolean =>
  !!t && INFINITIVE.test(t.text) && !PERFECT_AUX.has(t.lower);

// "wird … bauen" (future) but not "wird … gebaut" (passive present).
// "wird … bauen" / "wird … sein" (future) but not "wird … gebaut" (passive present). A relative
// clause may sit between the auxiliary and the infinitive ("wird die Lücke, die …, nicht schließen
// können"), so later comma-separated segments are checked until a verb decides.
const isGermanFuture = (tokens: Token[], i: number): boolean => {
  let from = i;
  for (let n = 0; n < MAX_FUTURE_SEGMENTS; n++) {
    const end = clauseEnd(tokens, from);
    if (end && (end.lower === 'worden' || (PARTICIPLE.test(end.text) && !GE_INFINITIVES.has(end.lower)))) return false;
    if (end && end !== tokens[i] && (end.lower === 'werden' || end.lower === 'sein' || end.lower === 'haben' || (isInfinitive(end) && (!/^ge/.test(end.lower) || GE_INFINITIVES.has(end.lower))))) return true;
    from = clauseBreak(tokens, from);
    if (from < 0) return false;
  }
  return false;
};

// "rechnet für 2026 mit steigenden Preisen": the "mit" may come a few words after the verb.
const EXPECT_VERBS = new Set(['rechnet', 'rechnen', 'rechnete', 'rechneten']);
const MAX_EXPECT_GAP = 8;
const expectObject = (tokens: Token[], i: number): number => {
  for (let j = i + 1; j < tokens.length && j <= i + MAX_EXPECT_GAP; j++) {
    const w = tokens[j].lower;
    if (w === ',' || w === 'dass') return -1;
    if (w === 'mit' || w === 'damit') return j;
  }
  return -1;
};

const germanPrediction = (tokens: Token[]): string | null => {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.inQuote || (t.text !== t.lower && i > 0)) continue;
    if (PREDICTION.de.has(t.lower)) return t.text;
    if (FUTURE_AUX.has(t.lower) && isGermanFuture(tokens, i)) return 'werden+Infinitiv';
    // "will bis 2027 drei Schulen bauen", "dürfte im Herbst in Kraft treten"; not "soll … gezahlt haben".
    if (PLAN_MODALS.has(t.lower) && isInfinitive(clauseEnd(tokens, i))) return t.text;
    if (EXPECT_VERBS.has(t.lower)) {
      const mit = expectObject(tokens, i);
      if (mit > 0) return `${t.text} … ${tokens[mit].text}`;
    }
  }
  return null;
};

const englishPrediction = (tokens: Token[]): string | null => {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.inQuote || (t.text !== t.lower && i > 0)) continue;
    if (PREDICTION.en.has(t.lower)) return t.text;
    // "may be postponed": a possible future event; "may reduce the risk" is a hedged present claim.
    if (EN_MODAL_HEDGES.has(t.lower) && tokens[i + 1]?.lower === 'be' && /(?:ed|en)$/.test(tokens[i + 2]?.lower ?? '')) return `${t.text} be`;
  }
  // Every frame contains "to"; without it there is nothing to look for.
  if (!tokens.some((t) => t.lower === 'to')) return null;
  const joined = joinLower(tokens);
  return EN_FUTURE_FRAMES.find((f) => joined.includes(` ${f} `)) ?? null;
};

const konjunktivCue = (tokens: Token[]): string | null => {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.inQuote || t.text !== t.lower || !KONJUNKTIV.has(t.lower)) continue;
    // "ich habe", "ich werde" are indicative; "es sei denn" is an idiom.
    if (FIRST_PERSON.has(tokens[i - 1].lower) || FIRST_PERSON.has(tokens[i + 1]?.lower ?? '')) continue;
    if (KONJUNKTIV_IDIOM_NEXT.has(tokens[i + 1]?.lower ?? '') && t.lower === 'sei') continue;
    return t.text;
  }
  return null;
};

export const classifyKind = (s: Sentence, tokens: Token[], lang: Lang, speech: Speech | null, hasFacts: boolean): KindResult => {
  const quote = directQuote(s, tokens, speech !== null);
  const result = (kind: ClaimKind, reason: string, evaluativeCues?: string[]): KindResult =>
    ({ kind, reasons: [reason], quoteId: quote?.id ?? null, evaluativeCount: evaluativeCues?.length ?? 0, evaluativeCues });
  if (quote) return result('quote', `kind:quote via ${quote.open}…${quote.close ?? ''}`);
  if (speech) return result('reported', `kind:reported via '${speech.cue}'`);
  const konj = lang === 'de' ? konjunktivCue(tokens) : null;
  if (konj) return result('reported', `kind:reported via Konjunktiv '${konj}'`);
  const evaluative = findEvaluativeCues(tokens, lang, s.text);
  const n = evaluative.length;
  const prediction = lang === 'de' ? germanPrediction(tokens) : englishPrediction(tokens);
  if (prediction && n < 2) return result('prediction', `kind:prediction via '${prediction}'`, evaluative);
  if (n >= 2 || (n === 1 && !hasFacts)) return result('evaluative', `kind:evaluative via '${evaluative.join("', '")}'`, evaluative);
  return result('factual', 'kind:factual', evaluative);
};
