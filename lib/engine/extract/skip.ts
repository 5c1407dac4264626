// Sentences that are not claims: headings, questions, captions, boilerplate, fragments.
import { DE_AUX_VERBS, DE_NOT_VERBS } from '../lang/de';
import { EN_AUX_VERBS } from '../lang/en';
import type { Sentence } from '../segment';
import type { Lang } from '../types';
import { appealReason, isCaption, isCreditLine, isThreadHeader } from './appeals';
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

// Informal posts drop subjects and punctuation ("heard they're raising rents", "paid like 5k"):
// contractions and frequent irregular past forms are verbs too.
const EN_CONTRACTION = /['’](?:re|ve|m|ll|d)$/;
const EN_INFORMAL_VERBS = new Set(
  ('heard paid went told saw thought knew took gave found left kept felt sent spent sold bought brought ' +
    'built ran came became began broke chose drove fought held hit hurt meant met put quit stood threw wore ' +
    'wrote gonna wanna gotta am isn\'t aren\'t wasn\'t don\'t doesn\'t didn\'t can\'t won\'t')
    .split(' '),
);

// German finite verbs end in -t/-te/-ten/-en and are lowercase; English ones in -ed/-s.
// In an all-caps post every word is upper case, so the case test is skipped.
const looksLikeVerb = (t: Token, i: number, lang: Lang, shouted: boolean): boolean => {
  if (VERBS[lang].has(t.lower)) return true;
  if (lang === 'en' && (EN_INFORMAL_VERBS.has(t.lower.replace('’', "'")) || EN_CONTRACTION.test(t.lower))) return true;
  if (i === 0 || (t.text !== t.lower && !shouted)) return false;
  if (lang === 'en') return /ed$/.test(t.lower);
  return !NOT_VERBS.has(t.lower) && /(?:[^s]t|te|ten)$/.test(t.lower);
};

const isShouted = (tokens: Token[]): boolean => {
  let letters = 0;
  for (const t of tokens) {
    if (!/\p{L}{2}/u.test(t.text)) continue;
    if (t.text !== t.text.toUpperCase()) return false;
    letters++;
  }
  return letters >= 3;
};

export const hasVerb = (tokens: Token[], lang: Lang): boolean => {
  const shouted = isShouted(tokens);
  return tokens.some((t, i) => looksLikeVerb(t, i, lang, shouted));
};

// A bullet without a verb still asserts a change or an amount: „- Mehr Radwege in der
// Innenstadt", "- 40 new jobs", "- Kostenlose Busse am Wochenende".
const CHANGE_WORDS = new Set([
  'mehr', 'weniger', 'neue', 'neuer', 'neues', 'neuen', 'höhere', 'höherer', 'höheres', 'niedrigere', 'kein', 'keine',
  'zusätzliche', 'zusätzlicher', 'kostenlose', 'kostenloser', 'kostenloses', 'günstigere', 'bessere', 'schnellere',
  'längere', 'kürzere', 'more', 'fewer', 'less', 'new', 'higher', 'lower', 'no', 'free', 'extra', 'additional',
  'better', 'faster', 'longer', 'shorter', 'cheaper',
]);
const MIN_BULLET_WORDS = 3;
const isAssertingBullet = (s: Sentence, words: Token[]): boolean =>
  s.block === 'list' && words.length >= MIN_BULLET_WORDS && !s.text.includes(':') && (DIGIT.test(s.text) || CHANGE_WORDS.has(words[0].lower));
const DIGIT = /\d/;

const URL_HINT = /:\/\/|www\./i;

const urlShare = (text: string): number => {
  if (!URL_HINT.test(text)) return 0;
  let n = 0;
  for (const m of text.matchAll(URL)) n += m[0].length;
  return n / Math.max(1, text.length);
};

/** Why the sentence is not a claim, or null when it is a candidate; `next` is the following sentence. */
export const skipReason = (s: Sentence, tokens: Token[], lang: Lang, next?: Sentence): string | null => {
  if (s.block === 'heading') return 'skip:heading';
  const isSocial = mayHaveEmojiOrTag(s.text) && SOCIAL.test(s.text);
  if (isSocial && TAG_ONLY.test(s.text)) return 'skip:hashtags';
  const text = isSocial ? s.text.replace(SOCIAL_TAIL, '') : s.text;
  if (lastMark(text) === '?' && QUESTION.test(text)) return 'skip:question';
  if (LINK_ONLY.test(text) || urlShare(text) > 0.5) return 'skip:link';
  if (BOILERPLATE.test(text) || text.includes('©')) return 'skip:boilerplate';
  if (REFERENCE.test(text)) return 'skip:reference';
  if (isCaption(text) || (next && next.paragraph === s.paragraph && isCreditLine(next.text))) return 'skip:caption';
  const words = tokens.filter((t) => t.isWord);
  if (isSocial && isThreadHeader(s.text, words.length)) return 'skip:thread-header';
  const bullet = isAssertingBullet(s, words);
  if (words.length < 4 && !bullet) return 'skip:fragment';
  const routine = routineReason(text, words) ?? appealReason(words, lang);
  if (routine) return routine;
  // "Die wichtigsten Änderungen im Überblick:" introduces a list; it asserts nothing itself.
  const colon = lastMark(text) === ':';
  if (colon && (next?.block === 'list' || !hasVerb(words, lang)) && s.block !== 'list') return 'skip:list-heading';
  // Running text that ends like a sentence is a clause; only stubs need a visible verb.
  // A post with emoji or hashtags reads as a complete statement even without a final stop.
  const isStub = s.block === 'list' || (!isTerminal(lastMark(text)) && !isSocial);
  if (isStub && !bullet && !hasVerb(words, lang)) return 'skip:no-verb';
  return null;
};
