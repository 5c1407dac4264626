// Attribution by sentence shape rather than by verb list: a quotation followed by a short
// closing clause („…“, polterte X. / "…," X quipped.) or a name plus a topic phrase before a
// colon (X über Y: „…“). Any verb works, so unseen speech verbs generalise.
import type { Token } from '../extract/tokens';
import { isPersonTitle } from '../entities/gazetteer';
import type { Lang } from '../types';

export type Trailing =
  | { form: 'verb-first' | 'subject-first'; verb: number; pronoun: Token | null }
  | { form: 'topic-colon'; verb: number; pronoun: null };

// A closing clause longer than this is a sentence of its own, not an attribution.
const MAX_TAIL_WORDS = 7;
const CAP = /^\p{Lu}/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;
const PRONOUNS: Record<Lang, Set<string>> = { de: new Set(['er', 'sie']), en: new Set(['he', 'she', 'they', 'it']) };
// Verb-first tails open with the article of a role phrase, never with these.
const NOT_VERB = new Set(['und', 'oder', 'aber', 'denn', 'and', 'or', 'but', 'the', 'a', 'an', 'der', 'die', 'das', 'in', 'im', 'at', 'on', 'for', 'with', 'mit', 'von', 'is', 'was', 'ist', 'war']);
// „…“, so X: the German attribution particle with no verb at all.
const DE_SO = 'so';
// Topic prepositions between a name and the colon: „Kämmerer Roth über den Haushalt: …".
const TOPIC_PREPOSITIONS = new Set(['über', 'zu', 'zum', 'zur', 'on', 'about']);
const MAX_TOPIC_TOKENS = 10;

const QUOTE_MARK = /^[„“”"«»]$/;
// The sentence opens with the quotation (or inside one that began in an earlier sentence).
const isQuoteOpening = (tokens: Token[]): boolean => tokens.length > 0 && (tokens[0].inQuote || QUOTE_MARK.test(tokens[0].text));

// Tail after the quotation's last token: only words, no comma or further quote.
const tailOf = (tokens: Token[]): number => {
  let q = -1;
  for (let k = tokens.length - 1; k >= 0; k--) if (tokens[k].inQuote) { q = k; break; }
  if (q < 0) return -1;
  let from = q + 1;
  if (tokens[from]?.text === ',') from++;
  const tail = tokens.slice(from);
  if (!tail.length || tail.length > MAX_TAIL_WORDS || tail.some((t) => !t.isWord || t.inQuote)) return -1;
  return from;
};

const nameLike = (t: Token | undefined): boolean => !!t && CAP.test(t.text);

const closingClause = (tokens: Token[], lang: Lang): Trailing | null => {
  if (!isQuoteOpening(tokens)) return null;
  const from = tailOf(tokens);
  if (from < 0) return null;
  const first = tokens[from];
  const last = tokens[tokens.length - 1];
  const pronouns = PRONOUNS[lang];
  // German V2 inversion / English "said X": a lowercase verb, then the subject to the end.
  if (LOWER_WORD.test(first.text) && !NOT_VERB.has(first.lower) && !pronouns.has(first.lower) && from + 1 < tokens.length) {
    const next = tokens[from + 1];
    if (pronouns.has(next.lower) && from + 2 === tokens.length) return { form: 'verb-first', verb: from, pronoun: next };
    if (nameLike(next) || (lang === 'en' ? /^(?:the|a|an)$/ : /^(?:der|die|das)$/).test(next.lower) || LOWER_WORD.test(next.text)) {
      if (tokens.slice(from + 1).some((t) => nameLike(t)) || lang === 'en' || first.lower === DE_SO) return { form: 'verb-first', verb: from, pronoun: null };
    }
  }
  // English "X quipped" / "she sighed": subject, then a lowercase verb closing the sentence.
  if (lang === 'en' && LOWER_WORD.test(last.text) && tokens.length - 1 > from) {
    const subject = tokens.slice(from, -1);
    if (subject.length === 1 && pronouns.has(subject[0].lower)) return { form: 'subject-first', verb: tokens.length - 1, pronoun: subject[0] };
    if (subject.every((t) => nameLike(t) || /^(?:the|a)$/.test(t.lower)) && subject.some(nameLike)) return { form: 'subject-first', verb: tokens.length - 1, pronoun: null };
  }
  return null;
};

// „Name (Rolle) über Thema: „…“": a capitalised name, a topic preposition, then the colon.
const topicColon = (tokens: Token[]): Trailing | null => {
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 2 || colon > MAX_TOPIC_TOKENS || !(tokens[colon + 1]?.inQuote || QUOTE_MARK.test(tokens[colon + 1]?.text ?? '')) || !nameLike(tokens[0])) return null;
  const prep = tokens.findIndex((t, k) => k > 0 && k < colon && TOPIC_PREPOSITIONS.has(t.text));
  // The words before the preposition must all be capitalised: a name with its role.
  if (prep < 1 || !tokens.slice(0, prep).every((t) => nameLike(t))) return null;
  return { form: 'topic-colon', verb: prep, pronoun: null };
};

// "Die Kosten liegen bei 40 Millionen Euro, so der Sprecher.": indirect speech closed by so + source.
const MAX_SO_TAIL = 6;
const closingSo = (tokens: Token[], lang: Lang): Trailing | null => {
  if (lang !== 'de') return null;
  const k = tokens.length - 1 - (tokens[tokens.length - 1]?.isWord ? 0 : 1);
  for (let j = k; j > 1 && k - j < MAX_SO_TAIL; j--) {
    if (tokens[j].inQuote || !tokens[j].isWord) return null;
    if (tokens[j].lower !== DE_SO || tokens[j - 1].text !== ',') continue;
    const next = tokens[j + 1];
    return next && (nameLike(next) || /^(?:der|die|das)$/.test(next.lower)) && tokens.slice(j + 1, k + 1).some(nameLike) ? { form: 'verb-first', verb: j, pronoun: null } : null;
  }
  return null;
};

/** The attribution shape of a sentence, or null. `verb` indexes the verb (or preposition). */
export const findTrailing = (tokens: Token[], lang: Lang): Trailing | null => closingClause(tokens, lang) ?? topicColon(tokens) ?? closingSo(tokens, lang);

// Role words are not part of a name: "nurse Tamsin Oduya", "Rep. Dana Whitfield",
// „Vereinschef Jonas Ebert" (a long compound ending like a role before a two-word name).
const ROLE_ENDING = /(?:in|er|chef|chefin|ent|entin|or|orin|rat|rätin)$/;
const MIN_ROLE_LENGTH = 8;

/** Drops leading role words from a three-or-more-word speaker phrase. */
export const dropRoleWords = (name: string): string => {
  const words = name.split(' ');
  // Only before a plain name: "Sprecher der Verkehrsbetriebe" keeps its genitive.
  while (words.length > 2 && words.slice(1).every((x) => CAP.test(x))) {
    const w = words[0];
    const lower = w.toLowerCase().replace(/\.$/, '');
    const role = !CAP.test(w) || w.endsWith('.') || isPersonTitle(lower) || (w.length >= MIN_ROLE_LENGTH && ROLE_ENDING.test(lower));
    if (!role) break;
    words.shift();
  }
  return words.join(' ');
};
