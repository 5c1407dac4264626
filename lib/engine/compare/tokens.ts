// Tokenisation, a tiny German/English stemmer and stopword lists for the comparison engine.

export type Token = {
  /** Surface form as written (hyphenated compounds are split: "NATO-Truppen" → "NATO", "Truppen"). */
  surface: string;
  /** Lowercased, umlauts folded (ä→a, ß→ss). */
  lower: string;
  stem: string;
  /** Position in the token sequence (stopwords included), for proximity rules. */
  index: number;
  /** Character offset in the text. */
  start: number;
  isStopword: boolean;
};

const STOPWORDS_DE = `der die das den dem des ein eine einer eines einem einen und oder aber auch als am an auf aus
bei bis da dass damit dann dazu durch fur gegen hat hatte hatten haben hier ihr ihre ihren ihrem im in
ist ja mit nach noch nun nur ob sein seine seiner seinem seinen sei seien sich sie sind so soll sollen
uber um unter vom von vor war waren wird werden wurde wurden wie wo zu zum zur es er wir man mehr
dies diese dieser diesem diesen dieses jetzt bereits bislang derzeit inzwischen weiterhin sowie
etwa rund rd ca uber unter mio mrd prozent jahr jahre jahren jahres`;

const STOPWORDS_EN = `the a an and or but also as at on in into of to for from by with about than then there
this that these those it its is are was were be been being has have had do does did will would shall
should can could may might must he she they we you i his her their our your them which who whom
what when where while so such not no yet now already still currently some any all more most per
percent million billion year years over under around roughly nearly almost`;

const toSet = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Stopwords (folded lowercase), dropped from lexical overlap; stance cues read all tokens. */
export const STOPWORDS: ReadonlySet<string> = new Set([...toSet(STOPWORDS_DE), ...toSet(STOPWORDS_EN)]);

/** Lowercase and fold umlauts/ß so "Abzüge" and "Abzuge" compare equal. */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ß/g, 'ss')
    .replace(/[’']/g, '');
}

const SUFFIXES = ['ungen', 'ung', 'ing', 'ed', 'en', 'er', 'es', 'e'];

/**
 * Light stemmer for German and English: fold, drop a plural/genitive "s" (not after s/u/i),
 * "-ies" → "y", then at most one suffix of -ungen, -ung, -ing, -ed, -en, -er, -es, -e,
 * always keeping three letters. Crude by design; matching elsewhere is prefix-tolerant.
 */
export function stemWord(word: string): string {
  let w = foldWord(word);
  if (/^\d/.test(w)) return w;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !/[siu]s$/.test(w)) w = w.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) return w.slice(0, -suffix.length);
  }
  return w;
}

const WORD = /[\p{L}\p{N}]+(?:[.,]\d+)*/gu;

// The comparison reads the same claim texts in many passes (features, stance, quantities, flips):
// tokens are made once per text and shared, frozen so no pass can change another's.
const TOKEN_MEMO = new Map<string, readonly Token[]>();
const TOKEN_MEMO_LIMIT = 50_000;

/** Split text into word tokens; hyphens, slashes and apostrophes separate words. */
export function tokenize(text: string): Token[] {
  let tokens = TOKEN_MEMO.get(text);
  if (!tokens) {
    if (TOKEN_MEMO.size >= TOKEN_MEMO_LIMIT) TOKEN_MEMO.clear();
    tokens = Object.freeze(splitWords(text).map((t) => Object.freeze(t)));
    TOKEN_MEMO.set(text, tokens);
  }
  // Callers filter, slice and map, which copy; the frozen array throws on in-place edits.
  return tokens as Token[];
}

function splitWords(text: string): Token[] {
  const tokens: Token[] = [];
  // "don't" → "do nt" keeps offsets; the "nt" token reads as "not".
  for (const match of text.replace(/n[’']t\b/g, ' nt').matchAll(WORD)) {
    const isNt = match[0] === 'nt' && /n[’']t/.test(text.slice(match.index - 1, match.index + 2));
    const surface = isNt ? "n't" : match[0];
    const lower = isNt ? 'not' : foldWord(surface);
    tokens.push({
      surface,
      lower,
      stem: isNt ? 'not' : stemWord(surface),
      index: tokens.length,
      start: match.index,
      isStopword: STOPWORDS.has(lower),
    });
  }
  return tokens;
}

/** Stems of the content words (no stopwords, no bare numbers). */
export function contentStems(tokens: Token[]): string[] {
  return tokens.filter((t) => !t.isStopword && !/^\d/.test(t.lower) && t.lower.length > 1).map((t) => t.stem);
}

/**
 * Whether a token stem matches a term stem: exact for short terms (< 4 letters), else the
 * token starts with the term ("abzugsforder" ~ "abzug") or, for terms of 5+ letters, ends
 * with it (German compound heads: "bundeswehrsoldat" ~ "soldat").
 */
export function stemMatches(tokenStem: string, termStem: string): boolean {
  if (termStem.length < 4) return tokenStem === termStem;
  if (tokenStem.startsWith(termStem)) return true;
  return termStem.length >= 5 && tokenStem.endsWith(termStem);
}

/** Fuzzy equality of two stems for overlap counting: equal, or one a close prefix of the other. */
export function stemsSimilar(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 3 && long.startsWith(short);
}
