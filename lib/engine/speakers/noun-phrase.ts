// Grabs the speaker noun phrase next to a speech cue, on token level.
// German: capitalised runs with genitive/"von" chains ("Sprecher des Ministeriums").
// English: also lowercase role phrases ("local health officials", "the company").
import type { Token } from '../extract/tokens';
import { isPersonTitle, NON_NAMES } from '../entities/gazetteer';
import { SOURCE_NOUNS } from './cues';

const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'the', 'a', 'an']);
const DETERMINERS = new Set([...ARTICLES, 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  // „Sein Anwalt", „Ihre Sprecherin": German possessives before the speaker's noun.
  'sein', 'seine', 'seiner', 'seinem', 'seinen', 'ihr', 'ihre', 'ihrer', 'ihrem', 'ihren', 'unser', 'unsere', 'unserer', 'unserem', 'unseren']);
const GENITIVE = new Set(['der', 'des', 'von', 'vom', 'of', 'for', 'the', 'at']);
// Where the head noun ends and a modifier starts: "Anna Krüger vom Klinikum", "Okafor at the hospital".
const MODIFIER_START = new Set(['von', 'vom', 'aus', 'at', 'from']);
const STOP = new Set(['dass', 'that', 'ob', 'whether', 'weil', 'because', 'und', 'and', 'who', 'which', 'wer', 'was', 'wie']);
// Conjunctions that open a verb-final German clause: its subject follows them („wie die Stadt mitteilte").
const SUBORDINATORS = new Set(['dass', 'ob', 'weil', 'wie', 'nachdem', 'da', 'wenn', 'als']);
// Coordinators start a main clause whose subject follows them („denn Obama hatte …").
const COORDINATORS = new Set(['und', 'aber', 'denn', 'doch', 'sondern', 'oder']);
// "a survey by the National Retail Council": the body behind a document is the source.
const DOCUMENT_NOUNS = new Set(['survey', 'study', 'report', 'poll', 'analysis', 'review', 'audit', 'data', 'figures', 'estimates', 'research', 'statement']);
const AUTHOR_MARKS = new Set(['by', 'from']);
const CAP = /^\p{Lu}/u;
const SUBJECT_ADVERBS = new Set(['also', 'later', 'then', 'previously', 'further', 'again', 'recently', 'once', 'separately', 'today', 'yesterday', 'auch', 'zudem', 'außerdem', 'ebenfalls',
  // German midfield particles between the subject and a verb-final cue (was die Kollegen schon angesprochen haben).
  'schon', 'bereits', 'ja', 'nun', 'heute', 'gestern', 'hier', 'jetzt', 'doch', 'noch', 'übrigens', 'erneut', 'wiederholt', 'immer', 'gerade', 'zuletzt']);
const PUNCT = /^[:;„“”"«»]$/;
const VERB_ADVERBS = new Set([...SUBJECT_ADVERBS, 'now', 'still', 'inzwischen', 'mittlerweile']);
const EN_NOT_NOUN = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'not', 'it', 'they', 'we', 'i', 'you', 'there', 'also', 'to', 'on', 'by', 'with']);
// Apposition openers between commas: "Mr. Hughes, a former ambassador, said".
const APPOSITION_START = new Set(['a', 'an', 'the', 'who', 'which', 'whose', 'der', 'die', 'das', 'ein', 'eine', 'seit', 'former', 'chief', 'head',
  // "X, once the loudest opponent, now says", „X, einst scharfe Kritikerin, …".
  'once', 'formerly', 'previously', 'long', 'einst', 'früher', 'zuvor', 'lange']);

const isCap = (t: Token | undefined): boolean => t !== undefined && CAP.test(t.text) && !t.inQuote;
const isTitle = (t: Token): boolean => isPersonTitle(t.lower.replace(/\.$/, ''));
const isBoundary = (t: Token): boolean => t.text === ',' || PUNCT.test(t.text) || t.inQuote;

// Dashes and parentheses are not tokens: one in the gap after token j ends a phrase as a comma does.
const DASH_BREAK = /\s[–—-]\s|\s[–—]|[–—]\s/;
const gapAfter = (src: string, tokens: Token[], j: number): string => (j >= 0 && j + 1 < tokens.length ? src.slice(tokens[j].end, tokens[j + 1].start) : '');
export const breaksAfter = (src: string, tokens: Token[], j: number): boolean => /[()]/.test(gapAfter(src, tokens, j)) || DASH_BREAK.test(gapAfter(src, tokens, j));

// Walking back from a cue: a dash ends the phrase, and so does an opening parenthesis the cue is
// inside („Die Stadt (so hat es der Bürgermeister gesagt)"); a closed gloss is kept ("Verband (VDMB)").
const backwardBreak = (src: string, tokens: Token[], j: number, depth: { open: number }): boolean => {
  const gap = gapAfter(src, tokens, j);
  if (DASH_BREAK.test(gap)) return true;
  if (gap.includes(')')) depth.open++;
  if (!gap.includes('(')) return false;
  if (depth.open === 0) return true;
  depth.open--;
  return false;
};

const SELF_NAMING = new Set(['wir', 'we']);
// "…, as the mayor said", "…, although officials said": the subject starts after the conjunction
// (not after "after/when": "jumped after the company reported profits" is an event).
const EN_CLAUSE_OPENERS = new Set(['as', 'while', 'although', 'though']);

export type Phrase = { text: string; start: number; end: number; named: boolean; atClauseStart?: boolean };

const slice = (src: string, toks: Token[]): Phrase => ({
  text: src.slice(toks[0].start, toks[toks.length - 1].end),
  start: toks[0].start,
  end: toks[toks.length - 1].end,
  named: false,
});

/** Phrase without articles and leading titles ("Präsident Trump" → "Trump", "Sprecher des X" stays). */
export const toPhrase = (src: string, toks: Token[]): Phrase | null => {
  let from = 0;
  while (from < toks.length - 1 && DETERMINERS.has(toks[from].lower)) from++;
  let part = toks.slice(from);
  // The head before a "von"/"at" modifier is the speaker when it is a name.
  const mod = part.findIndex((t, k) => k >= 2 && MODIFIER_START.has(t.lower));
  if (mod >= 0 && part.slice(0, mod).every((t) => CAP.test(t.text))) part = part.slice(0, mod);
  // A name after role words: "Interior Minister Tomás Rivera", "Opposition leader Mark Ellison".
  const lastTitle = part.findLastIndex((t, k) => isTitle(t) && k < part.length - 1 && isCap(part[k + 1]) && !GENITIVE.has(part[k + 1].lower));
  const titled = lastTitle >= 0 && part.slice(lastTitle + 1).every((t) => CAP.test(t.text));
  if (titled) part = part.slice(lastTitle + 1);
  while (part.length > 1 && GENITIVE.has(part[part.length - 1].lower)) part.pop();
  if (!part.length) return null;
  const named = part.every((t) => CAP.test(t.text)) && !isTitle(part[0]) && (titled || part.length >= 2);
  return { ...slice(src, part), named };
};

// Capitalised run starting at i: "Jens Stoltenberg", "Generalsekretär der Allianz".
export const capitalRun = (tokens: Token[], i: number): Token[] => {
  const run: Token[] = [];
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j];
    if (isCap(t)) run.push(t);
    else if (GENITIVE.has(t.lower) && run.length && (isCap(tokens[j + 1]) || (ARTICLES.has(tokens[j + 1]?.lower ?? '') && isCap(tokens[j + 2])))) run.push(t);
    else break;
  }
  return run;
};

// English lowercase role phrase after a cue: "said the company's spokesman", "said officials".
const englishRun = (tokens: Token[], j: number): Token[] => {
  const run: Token[] = [];
  for (let k = j; k < tokens.length && run.length < 6; k++) {
    const t = tokens[k];
    // "WHO", "IT" in capitals are names, not the pronouns.
    const lower = t.text === t.lower;
    if (isBoundary(t) || (lower && (STOP.has(t.lower) || (EN_NOT_NOUN.has(t.lower) && !GENITIVE.has(t.lower))))) break;
    // "researchers at Northfield University published Wednesday": a participle after a name starts a new phrase.
    if (lower && /^\p{Ll}{3,}ed$/u.test(t.text) && run.length > 0 && isCap(run[run.length - 1])) break;
    run.push(t);
  }
  return run.every((t) => DETERMINERS.has(t.lower)) ? [] : run;
};

/** Noun phrase after a cue (inverted order): "sagte beispielsweise Carlo Masala", ", said officials". */
export const phraseAfter = (src: string, tokens: Token[], i: number, lang: 'de' | 'en' = 'de'): Phrase | null => {
  let j = i + 1;
  let skipped = 0;
  while (j < tokens.length && !isCap(tokens[j]) && !ARTICLES.has(tokens[j].lower) && skipped < 3) {
    if (isBoundary(tokens[j]) || STOP.has(tokens[j].lower)) return null;
    if (lang === 'en') break;
    j++;
    skipped++;
  }
  if (lang === 'en') {
    const run = englishRun(tokens, j);
    const next = j + run.length;
    if (run.length && DOCUMENT_NOUNS.has(run[run.length - 1].lower) && AUTHOR_MARKS.has(tokens[next]?.lower ?? '')) {
      const author = englishRun(tokens, next + 1);
      if (author.some((t) => isCap(t))) return toPhrase(src, author);
    }
    // "a statement from the ministry": the run went on past the document noun.
    const doc = run.findIndex((t, k) => DOCUMENT_NOUNS.has(t.lower) && AUTHOR_MARKS.has(run[k + 1]?.lower ?? ''));
    const author = doc >= 0 ? run.slice(doc + 2) : [];
    if (author.some((t) => isCap(t) || SOURCE_NOUNS.has(t.lower))) return toPhrase(src, author);
    return run.length ? toPhrase(src, run) : null;
  }
  if (j < tokens.length && ARTICLES.has(tokens[j].lower)) j++;
  while (j < tokens.length && !isCap(tokens[j]) && /^\p{Ll}/u.test(tokens[j].text) && !STOP.has(tokens[j].lower) && skipped < 5) {
    j++;
    skipped++;
  }
  const run = capitalRun(tokens, j);
  if (!run.length) return null;
  const after = j + run.length;
  // Apposition: "der Generalsekretär der Allianz, Jens Stoltenberg".
  if (tokens[after]?.text === ',') {
    const name = capitalRun(tokens, after + 1).filter((t) => CAP.test(t.text));
    if (name.length >= 2) return toPhrase(src, name);
  }
  return toPhrase(src, run);
};

// Skips a comma-delimited apposition or relative clause right before the cue; returns the new end.
// "12,000": a comma glued between digits is part of the number.
const isDigitGroupComma = (tokens: Token[], k: number): boolean => {
  const [a, c, b] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  return !!a && !!b && a.end === c.start && c.end === b.start && /\d$/.test(a.text) && /^\d/.test(b.text);
};

// A relative clause may run longer than an apposition: "Jane Ruiz, who has chaired … since 2019
// and previously ran …, said".
const MAX_APPOSITION = 14;
const MAX_RELATIVE_CLAUSE = 30;
const RELATIVE_START = new Set(['who', 'which', 'whose', 'der', 'die', 'das', 'deren', 'dessen']);

// "businessman Rick Dalton": one lowercase role word, then a name of two or three capitalised words.
const roleAndName = (toks: Token[]): Token[] | null => {
  const name = toks.slice(1);
  return toks.length > 0 && /^\p{Ll}+$/u.test(toks[0].text) && name.length >= 2 && name.length <= 3 && name.every(isCap) ? name : null;
};

export const skipApposition = (tokens: Token[], i: number): number => {
  if (tokens[i - 1]?.text !== ',') return i;
  for (let k = i - 2; k >= Math.max(0, i - MAX_RELATIVE_CLAUSE); k--) {
    if (tokens[k].text !== ',' || isDigitGroupComma(tokens, k)) continue;
    const first = tokens[k + 1];
    if (i - k > MAX_APPOSITION) return RELATIVE_START.has(first.lower) ? k : i;
    // ", Jane Ruiz," or ", businessman Rick Dalton,": a short name, possibly after a role word.
    const short = (i - 1 - (k + 1) <= 2 && isCap(first)) || roleAndName(tokens.slice(k + 1, i - 1)) !== null;
    return APPOSITION_START.has(first.lower) || short ? k : i;
  }
  return i;
};

const DE_ADJECTIVE = /^\p{Ll}+(?:e|en|er|es|em)$/u;

// Number of lowercase adjectives ending at j that follow an article (the article included), or 0.
const germanAdjectivesBefore = (tokens: Token[], j: number): number => {
  let k = j;
  while (k >= 0 && j - k < 2 && DE_ADJECTIVE.test(tokens[k].text)) k--;
  return k < j && k >= 0 && ARTICLES.has(tokens[k].lower) ? j - k : 0;
};

// "Diplomats familiar with the talks said", "Officials close to the mayor said": the noun after a
// post-modifier's preposition is not the subject; the head opening the clause is.
const POST_MODIFIER_PREPOSITIONS = new Set(['with', 'to', 'on', 'about', 'in']);
const MAX_HEAD_GAP = 5;
const NUMERAL = /^(?:\d+|two|three|four|five|six|several|some|many|few)$/;
const postModifiedHead = (src: string, tokens: Token[], j: number): Phrase | null => {
  if (!POST_MODIFIER_PREPOSITIONS.has(tokens[j].lower)) return null;
  let s = j - 1;
  while (s >= 0 && !isBoundary(tokens[s]) && j - s <= MAX_HEAD_GAP) s--;
  if (s >= 0 && !isBoundary(tokens[s])) return null;
  let h = s + 1;
  while (h < j && (DETERMINERS.has(tokens[h].lower) || NUMERAL.test(tokens[h].lower) || tokens[h].lower === 'other')) h++;
  // Head plus one modifier word at most ("Diplomats familiar", "People close", "sources briefed").
  if (h >= j || j - h > 2 || STOP.has(tokens[h].lower) || EN_NOT_NOUN.has(tokens[h].lower)) return null;
  // A two-word compound ends in its plural head ("shop owners on the block"); else the first word is the head.
  const compound = j - h === 2 && /[^s]s$/.test(tokens[h + 1].lower) && !/[^s]s$/.test(tokens[h].lower);
  return { ...slice(src, compound ? [tokens[h], tokens[h + 1]] : [tokens[h]]), atClauseStart: true };
};

/** Noun phrase right before a cue (subject first): "Die Regierung erklärte", "local officials said". */
export const phraseBefore = (src: string, tokens: Token[], i: number, lang: 'de' | 'en' = 'de'): Phrase | null => {
  // "X, once the loudest opponent, now says": adverbs between an apposition and the verb.
  let v = i;
  while (v > 1 && (VERB_ADVERBS.has(tokens[v - 1].lower) || /^\p{Ll}+ly$/u.test(tokens[v - 1].text)) && tokens[v - 2].text === ',') v--;
  const skipped = skipApposition(tokens, v);
  // "The foreign minister, Adaeze Okafor, said": a name in apposition to a role is the speaker.
  const apposed = tokens.slice(skipped + 1, v - 1);
  if (skipped < v && apposed.length >= 2 && apposed.every((t) => isCap(t) && !isTitle(t))) return { ...slice(src, apposed), named: true, atClauseStart: true };
  // "Her challenger, businessman Rick Dalton, has …": a lowercase role word before the name.
  const name = lang === 'en' && skipped < v ? roleAndName(apposed) : null;
  if (name && !name.some(isTitle)) return { ...slice(src, name), named: true, atClauseStart: true };
  // „Wir, die AfD, fordern": the apposition names the first-person speakers' group.
  if (skipped < v && apposed.length && SELF_NAMING.has(tokens[skipped - 1]?.lower ?? '')) {
    const group = toPhrase(src, apposed);
    if (group) return { ...group, atClauseStart: true };
  }
  let j = skipped - 1;
  while (j >= 0 && VERB_ADVERBS.has(tokens[j].lower) && !isCap(tokens[j])) j--;
  const run: Token[] = [];
  const depth = { open: 0 };
  let gapBreak = false;
  while (j >= 0 && run.length < 8) {
    const t = tokens[j];
    gapBreak = backwardBreak(src, tokens, j, depth);
    if (isBoundary(t) || STOP.has(t.lower) || gapBreak || (lang === 'en' && EN_CLAUSE_OPENERS.has(t.lower))) break;
    const head = run.find((x) => !GENITIVE.has(x.lower));
    const connector = GENITIVE.has(t.lower) && !!head && (isCap(head) || lang === 'en');
    const lowerOk = lang === 'en' && !EN_NOT_NOUN.has(t.lower) && !/^\d/.test(t.text);
    // "Eine neue Studie …": German adjectives between an article and the noun.
    const adjectives = lang === 'de' && !isCap(t) && run.length > 0 ? germanAdjectivesBefore(tokens, j) : 0;
    if (adjectives) {
      for (let a = 0; a <= adjectives; a++) run.unshift(tokens[j - a]);
      j -= adjectives + 1;
      break;
    }
    if (!isCap(t) && !connector && !lowerOk && !ARTICLES.has(t.lower)) break;
    run.unshift(t);
    j--;
    if (ARTICLES.has(t.lower) && !connector) break;
  }
  // „Wir Grüne fordern", "We at Acme believe": the group the speakers name themselves as.
  if (run.length > 1 && SELF_NAMING.has(run[0].lower)) run.shift();
  while (run.length && GENITIVE.has(run[0].lower) && !ARTICLES.has(run[0].lower)) run.shift();
  const content = run.filter((t) => !DETERMINERS.has(t.lower));
  // "Im Interview sagte …": a prepositional phrase is not the subject.
  if (!content.length || (NON_NAMES.has(content[0].lower) && !isTitle(content[0]))) return null;
  if (lang === 'en' && !content.some((t) => /^\p{L}/u.test(t.text))) return null;
  const atStart = j < 0 || isBoundary(tokens[j]) || gapBreak || (lang === 'de' && (SUBORDINATORS.has(tokens[j].lower) || COORDINATORS.has(tokens[j].lower)));
  const head = lang === 'en' && !atStart ? postModifiedHead(src, tokens, j) : null;
  if (head) return head;
  const phrase = toPhrase(src, run);
  if (phrase) phrase.atClauseStart = atStart;
  return phrase;
};
