// Sentences that are not claims: headings, questions, captions, boilerplate, fragments.
import { DE_AUX_VERBS, DE_NOT_VERBS } from '../lang/de';
import { EN_AUX_VERBS } from '../lang/en';
import type { Sentence } from '../segment';
import type { Lang } from '../types';
import { routineReason } from './non-claims';
import { mayHaveEmojiOrTag, type Token } from './tokens';

// Sentence-final mark, found backwards over closing quotes/brackets and spaces (cheaper than
// an end-anchored regex, which V8 tries at every start position).
const TERMINAL_MARKS = '.!…';
const TRAILING = /[\s"'“”’»«)\]]/;
const isTerminal = (mark: string): boolean => mark !== '' && TERMINAL_MARKS.includes(mark);
const lastMark = (text: string): string => {
  let k = text.length - 1;
  while (k >= 0 && TRAILING.test(text[k])) k--;
  return k >= 0 ? text[k] : '';
};
// Social posts end in hashtags and emoji instead of punctuation ("… echt jetzt?! #ÖPNV 😤").
const SOCIAL_TAIL = /(?:\s*(?:#[\p{L}\p{N}_]+|@[\p{L}\p{N}_]+|\p{Extended_Pictographic}|\uFE0F|\u200D|\p{Emoji_Modifier}))+\s*$/u;
const SOCIAL = /\p{Extended_Pictographic}|(?:^|\s)#[\p{L}\p{N}_]/u;
const TAG_ONLY = /^(?:\s*(?:[#@][\p{L}\p{N}_]+|\p{Extended_Pictographic}|\uFE0F))+\s*$/u;
const QUESTION = /\?[\s"'“”’»«)\]]*$/;
const BOILERPLATE = /^(?:bild|foto|fotos|photo|image|grafik|quelle|source|copyright|credit|credits|read more|weiterlesen|mehr lesen|mehr dazu|lesen sie auch|related|share|teilen|anzeige|advertisement|werbung)\b\s*[.:|]?/i;
const REFERENCE = /^(?:\[?\d{1,3}\]?\s+)?(?:vgl|siehe|ebd|ebenda|ibid|see|cf|op\. cit)\b/i;
const URL = /(?:https?:\/\/|www\.)\S+/gi;
const LINK_ONLY = /^\s*(?:\[[^\]]*\]\([^)]*\)\s*)+$/;
const VERBS = { de: new Set(DE_AUX_VERBS), en: new Set(EN_AUX_VERBS) };
const NOT_VERBS = new Set(DE_NOT_VERBS);

// German finite verbs end in -t/-te/-ten/-en and are lowercase; English ones in -ed/-s.
const looksLikeVerb = (t: Token, i: number, lang: Lang): boolean => {
  if (VERBS[lang].has(t.lower)) return true;
  if (i === 0 || t.text !== t.lower) return false;
  if (lang === 'en') return /ed$/.test(t.lower);
  return !NOT_VERBS.has(t.lower) && /(?:[^s]t|te|ten)$/.test(t.lower);
};

export const hasVerb = (tokens: Token[], lang: Lang): boolean =>
  tokens.some((t, i) => looksLikeVerb(t, i, lang));

const URL_HINT = /:\/\/|www\./i;

const urlShare = (text: string): number => {
  if (!URL_HINT.test(text)) return 0;
  let n = 0;
  for (const m of text.matchAll(URL)) n += m[0].length;
  return n / Math.max(1, text.length);
};

/** Why the sentence is not a claim, or null when it is a candidate. */
export const skipReason = (s: Sentence, tokens: Token[], lang: Lang): string | null => {
  if (s.block === 'heading') return 'skip:heading';
  const isSocial = mayHaveEmojiOrTag(s.text) && SOCIAL.test(s.text);
  if (isSocial && TAG_ONLY.test(s.text)) return 'skip:hashtags';
  const text = isSocial ? s.text.replace(SOCIAL_TAIL, '') : s.text;
  if (lastMark(text) === '?' && QUESTION.test(text)) return 'skip:question';
  if (LINK_ONLY.test(text) || urlShare(text) > 0.5) return 'skip:link';
  if (BOILERPLATE.test(text) || text.includes('©')) return 'skip:boilerplate';
  if (REFERENCE.test(text)) return 'skip:reference';
  const words = tokens.filter((t) => t.isWord);
  if (words.length < 4) return 'skip:fragment';
  const routine = routineReason(text, words);
  if (routine) return routine;
  // Running text that ends like a sentence is a clause; only stubs need a visible verb.
  // A post with emoji or hashtags reads as a complete statement even without a final stop.
  const isStub = s.block === 'list' || (!isTerminal(lastMark(text)) && !isSocial);
  if (isStub && !hasVerb(words, lang)) return 'skip:no-verb';
  return null;
};
