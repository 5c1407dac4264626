// Imperatives and appeals address the reader instead of asserting something: „Bitte beachten
// Sie …", „Melden Sie sich …", "Please slow down", "Apply online by Friday". Also captions with a
// photo credit and thread headers ("1/5 🧵").
import type { Lang } from '../types';
import type { Token } from './tokens';

// German polite imperative: a verb-first sentence with „Sie" as second word. Modal and auxiliary
// verbs open questions or statements instead („Haben Sie …?", „Sind Sie …").
const DE_NOT_IMPERATIVE = new Set([
  'haben', 'sind', 'waren', 'hatten', 'können', 'konnten', 'wollen', 'wollten', 'müssen', 'mussten', 'sollen',
  'sollten', 'werden', 'wurden', 'dürfen', 'durften', 'möchten', 'würden', 'hätten', 'wären', 'mögen', 'wissen',
]);

// English verbs that open instructions and appeals; a declarative sentence rarely starts with them.
const EN_IMPERATIVES = new Set([
  'please', 'apply', 'register', 'donate', 'download', 'join', 'remember', 'avoid', 'drive', 'slow', 'submit',
  'email', 'rsvp', 'reserve', 'book', 'enter', 'vote', 'tune', 'bring', 'wear', 'stay', 'keep', 'check', 'call',
  'make', 'let’s', "let's", 'see', 'find', 'learn', 'watch', 'listen', 'try', 'send', 'write', 'ask', 'sign',
  'get', 'use', 'do', "don't", 'don’t', 'be', 'buy', 'grab', 'save', 'help',
]);
// Of those, the ones that also start ordinary statements need a reader-directed next word.
const EN_AMBIGUOUS = new Set(['drive', 'keep', 'check', 'call', 'make', 'see', 'find', 'watch', 'try', 'get', 'use', 'do', 'be', 'save', 'help', 'book', 'enter', 'vote', 'sign', 'write', 'stay']);
const EN_READER_NEXT = new Set([
  'your', 'you', 'us', 'our', 'out', 'now', 'today', 'online', 'safe', 'tuned', 'sure', 'carefully', 'slowly',
  'in', 'up', 'it', 'this', 'here', 'the', 'a', 'an', 'more', 'at', 'for', 'away', 'back', 'calm', 'informed',
]);
const EN_NOT_IMPERATIVE_NEXT = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'rates', 'volumes', 'numbers', 'figures', 'sales', 'prices']);

/** Why the sentence addresses the reader (an imperative or appeal), or null. */
export const appealReason = (tokens: Token[], lang: Lang): string | null => {
  const [a, b] = tokens;
  if (!a || !b) return null;
  if (lang === 'de') {
    if (a.lower === 'bitte') return 'skip:appeal';
    const polite = b.text === 'Sie' && /^\p{Lu}\p{Ll}+(?:en|ern|eln)$/u.test(a.text) && !DE_NOT_IMPERATIVE.has(a.lower);
    return polite ? 'skip:appeal' : null;
  }
  if (!EN_IMPERATIVES.has(a.lower) || a.text === a.text.toUpperCase()) return null;
  if (EN_NOT_IMPERATIVE_NEXT.has(b.lower)) return null;
  if (EN_AMBIGUOUS.has(a.lower) && !EN_READER_NEXT.has(b.lower)) return null;
  return 'skip:appeal';
};

// "(Foto: dpa)", "Photo: Jane Doe/Reuters", "Bild: Stadt Köln", "via Getty Images".
const CREDIT = /(?:^|[\s(|/–-])(?:foto|fotos|photo|photos|bild|image|credit|grafik|illustration|quelle|source|archivbild|symbolbild)\s*:\s*\S|\b(?:getty images|ap photo|picture alliance|picture-alliance|imago images|shutterstock)\b|\((?:symbolbild|archivbild|archiv|symbolfoto|file photo)\)/i;
const CAPTION_START = /^(?:im bild|pictured|caption|bildunterschrift|symbolbild|archivbild|screenshot|video|audio)\b\s*[:,]?/i;

/** A picture caption: a credit line anywhere, or a caption label at the start. */
export const isCaption = (text: string): boolean => {
  if (!text.includes(':') && !text.includes('(') && !/getty|photo|alliance|imago|shutterstock|pictured|im bild|screenshot/i.test(text)) return false;
  return CREDIT.test(text) || CAPTION_START.test(text);
};

const CREDIT_LINE = /^\(?(?:foto|fotos|photo|photos|bild|image|credit|grafik|illustration)\s*:/i;

/** The sentence right before a bare credit line ("… am Montag. (Foto: Stadtarchiv)") is its caption. */
export const isCreditLine = (text: string): boolean => CREDIT_LINE.test(text);

const THREAD = '\u{1F9F5}';
const THREAD_WORD = /^(?:\d+\s*\/\s*\d*\s*)?(?:a |ein |kurzer |mini-?)?thread\b|\bthread\s*(?::|👇|⬇)|\(thread\)|\[thread\]/i;
const MAX_THREAD_HEADER_WORDS = 12;

/** "1/5 🧵", "A thread on the new budget 👇", „Kurzer Thread zur Wahl:". */
export const isThreadHeader = (text: string, words: number): boolean =>
  (text.includes(THREAD) && (words <= MAX_THREAD_HEADER_WORDS || /[:👇]\s*$/u.test(text))) || (/thread/i.test(text) && THREAD_WORD.test(text));
