// Lookups over the compiled lexicon index (stems, stop words, German compound heads, synonym
// sets, German→English translations, antonyms, polarity). Everything is keyed by Snowball
// stem, so inflected forms in running text ("Fahrzeugen", "praised") find their entries.
import * as snowballModule from 'snowball-stemmers';
import type { Lang } from '../types';
import type { LexiconIndex, SenseKey } from './types';
import { GENERIC_COUNT_NOUNS } from './function-words';

export type LexicalResources = {
  stem(lang: Lang, word: string): string;
  isStopword(lang: Lang, word: string): boolean;
  /** Keys under which a word can be matched, own stem first. */
  sensesOf(lang: Lang, word: string): SenseKey[];
  /** Polarity in [-1, 1] of a word (0 when unknown). */
  polarityOf(lang: Lang, word: string): number;
  /** Whether two words are antonyms (WordNet; German words through their translations). */
  areAntonyms(lang: Lang, a: string, b: string): boolean;
  /** Whether an English word can be a noun (WordNet), or a German word is in the dictionary. */
  isNoun(lang: Lang, word: string): boolean;
  /** Class of what a noun names by its most frequent sense ("person", "animal"), or null. */
  nounClassOf(lang: Lang, word: string): string | null;
};

const MAX_SYNSETS = 6;
/** A compound's first part decides its polarity only when clearly polar. */
const MIN_MODIFIER_POLARITY = 0.5;

function memo<T>(fn: (lang: Lang, word: string) => T): (lang: Lang, word: string) => T {
  const cache = new Map<string, T>();
  return (lang, word) => {
    const k = `${lang}:${word}`;
    let v = cache.get(k);
    if (v === undefined) {
      v = fn(lang, word);
      if (cache.size > 100_000) cache.clear();
      cache.set(k, v);
    }
    return v;
  };
}

// A UMD module: its exports arrive as named exports or under `default`, depending on the loader.
const snowball = (snowballModule as unknown as { default?: typeof snowballModule }).default ?? snowballModule;
const stemmers = { de: snowball.newStemmer('german'), en: snowball.newStemmer('english') };

const IRREGULAR_PLURALS: Record<string, string> = { children: 'child', people: 'person' };

/** English noun plural → singular by the regular rules (WordNet lemmas are singular): "nurses" → nurse, "women" → woman. */
export function singularEn(word: string): string {
  const w = word.toLowerCase();
  if (Object.hasOwn(IRREGULAR_PLURALS, w)) return IRREGULAR_PLURALS[w];
  if (/men$/.test(w)) return w.replace(/men$/, 'man');
  if (/[^aeiou]ies$/.test(w)) return w.replace(/ies$/, 'y');
  if (/(ss|sh|ch|x|zz)es$/.test(w)) return w.replace(/es$/, '');
  if (/[^su]s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Snowball stem of a word (lowercased; German umlauts are folded by the stemmer). */
export const stemOf = memo((lang, word) => stemmers[lang].stem(word.toLowerCase().replace(/[’']s$/, '')));

const get = <V>(record: Record<string, V>, key: string): V | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

export function buildResources(index: LexiconIndex): LexicalResources {
  const stop = { de: new Set(index.stopwords.de), en: new Set(index.stopwords.en) };
  const known = new Set(index.knownDe);
  const antonyms = new Set(index.antonyms.map(([a, b]) => `${a}|${b}`));
  const [nounFrom, nounTo] = index.englishNounSynsets;
  const translate = (word: string) => get(index.translations, stemOf('de', word)) ?? [];
  const synsetsOf = (lang: Lang, stem: string) => (get(index.synonyms[lang], stem) ?? []).slice(0, MAX_SYNSETS);

  /** Longest proper suffix that is a known German word: "sozialwohnungen" → "wohnungen". */
  const compoundHead = (word: string): string | null => {
    const lower = word.toLowerCase();
    for (let i = 3; i <= lower.length - 4; i++) if (known.has(stemOf('de', lower.slice(i)))) return lower.slice(i);
    return null;
  };

  const knownCompoundHead = (word: string): string | null => {
    const head = compoundHead(word);
    return head && head.length >= 5 && word.length - head.length >= 4 ? head : null;
  };

  const sensesOf = memo((lang, word): SenseKey[] => {
    const own = stemOf(lang, word);
    const keys: SenseKey[] = [{ key: `${lang}:${own}`, kind: 'own' }];
    const add = (key: string, kind: SenseKey['kind']) => keys.some((k) => k.key === key) || keys.push({ key, kind });
    if (lang === 'en') {
      synsetsOf('en', own).forEach((s) => add(`syn:${s}`, 'synonym'));
      return keys;
    }
    const head = known.has(own) ? null : compoundHead(word);
    if (head) add(`de:${stemOf('de', head)}`, 'head');
    // A compound in the dictionary ("Mittagessen") is still a kind of its head, when both parts are long.
    const knownHead = head ? null : knownCompoundHead(word);
    if (knownHead) add(`de:${stemOf('de', knownHead)}`, 'head');
    synsetsOf('de', own).forEach((s) => add(`syn:${s}`, 'synonym'));
    const english = translate(word).length ? translate(word) : head ? translate(head) : [];
    for (const t of english) add(`en:${t}`, 'translation');
    for (const t of english.slice(0, 2)) synsetsOf('en', t).forEach((s) => add(`syn:${s}`, 'related'));
    return keys;
  });

  const classOf = new Map<string, string>();
  for (const [cls, stems] of Object.entries(index.nounClasses)) {
    for (const lang of ['de', 'en'] as const) for (const st of stems[lang]) classOf.set(`${lang}:${st}`, cls);
    for (const w of stems.deWords ?? []) classOf.set(`dew:${w}`, cls);
  }
  // The word as a headword, or without a dative plural -n ("Einwohnern"), before its stem.
  const germanClass = (word: string): string | null => {
    const lower = word.toLowerCase();
    return classOf.get(`dew:${lower}`) ?? classOf.get(`dew:${lower.replace(/n$/, '')}`) ?? classOf.get(`de:${stemOf('de', word)}`) ?? null;
  };
  /**
   * German morphology the dictionary lacks: feminine plurals and forms ("Besucherinnen" →
   * Besucher), compound heads ("Feuerwehrleute" → Leute), and nominalised present participles,
   * which name the people doing it ("Mitarbeitende", "Studierende", "Reisende").
   */
  const nounClassOf = memo((lang, word): string | null => {
    if (lang === 'en') return classOf.get(`en:${word.toLowerCase()}`) ?? classOf.get(`en:${singularEn(word)}`) ?? null;
    const direct = germanClass(word);
    if (direct) return direct;
    const masculine = word.replace(/innen$|in$/, '');
    const byMasculine = masculine !== word && masculine.length >= 4 ? germanClass(masculine) : null;
    if (byMasculine) return byMasculine;
    const head = known.has(stemOf('de', word)) ? null : compoundHead(word);
    // "Feuerwehrleute": a compound of a word for people counts people.
    if (head && GENERIC_COUNT_NOUNS.has(head)) return 'person';
    const byHead = head ? germanClass(head) : null;
    if (byHead) return byHead;
    return /^\p{Lu}\p{Ll}{3,}ende[nr]?$/u.test(word) ? 'person' : null;
  });

  // Words of a stem shared with words of the other sign are listed as they are ("=verlässlich"):
  // the form itself, or a German adjective without its ending ("verlässliches" → "verlässlich").
  const exactPolarity = (lang: Lang, word: string): number | undefined => {
    const lower = word.toLowerCase();
    const forms = lang === 'de' ? [lower, lower.replace(/(e|en|er|es|em)$/, '')] : [lower];
    for (const f of forms) {
      const p = get(index.polarity[lang], `=${f}`);
      if (p !== undefined) return p;
    }
    return undefined;
  };
  const englishStems = (lang: Lang, w: string) => (lang === 'en' ? [stemOf('en', w)] : translate(w));
  return {
    stem: stemOf,
    isStopword: (lang, word) => stop[lang].has(word.toLowerCase()),
    sensesOf,
    polarityOf: memo((lang, word) => {
      const own = exactPolarity(lang, word) ?? get(index.polarity[lang], stemOf(lang, word));
      if (own !== undefined || lang === 'en' || known.has(stemOf('de', word))) return own ?? 0;
      // A German compound evaluates by its head ("Sicherheitsbedenken"), else by a clearly polar first part ("Erfolgsmodell").
      const head = compoundHead(word);
      const byHead = head ? get(index.polarity.de, stemOf('de', head)) : undefined;
      if (byHead !== undefined) return byHead;
      const modifier = head ? word.slice(0, word.length - head.length).replace(/s$/, '') : '';
      const byModifier = modifier.length >= 4 ? get(index.polarity.de, stemOf('de', modifier)) ?? 0 : 0;
      return Math.abs(byModifier) >= MIN_MODIFIER_POLARITY ? byModifier : 0;
    }),
    areAntonyms: (lang, a, b) => englishStems(lang, a).some((x) => englishStems(lang, b).some((y) => antonyms.has(x < y ? `${x}|${y}` : `${y}|${x}`))),
    isNoun: (lang, word) =>
      lang === 'de' ? known.has(stemOf('de', word)) : synsetsOf('en', stemOf('en', word)).some((id) => id >= nounFrom && id < nounTo),
    nounClassOf,
  };
}
