// Shared word lists for quantity/date parsing: function words, plural cues, nationality adjectives.
import type { Lang } from '../types';

const EN_STOP = new Set(
  ('the a an of in on at to for and or but is are was were be been being has have had will would could ' +
    'should may might can do does did that which who whom this these those it its their his her our your ' +
    'from by with as than per more less each this thus plus us yes across always perhaps whereas ' +
    'since until while when where whether if so also only just not no nor all some any such other ' +
    'against among between into onto upon over under about after before during without within')
    .split(' '),
);

const DE_STOP = new Set(
  ('der die das den dem des ein eine einer einem einen eines und oder aber ist sind war waren wird werden ' +
    'wurde wurden hat haben hatte hatten im in am an auf aus bei mit nach von vor zu zum zur über unter ' +
    'für gegen ohne um als wie auch noch nur nicht kein keine sich es sie er wir ihr man dass ob wenn ' +
    'dieser diese dieses diesen diesem jener jene welche welcher seine seiner ihre ihrer unsere unserer aller alle')
    .split(' '),
);

const EN_IRREGULAR_PLURALS = new Set(
  'people children men women police staff personnel cattle sheep fish deer aircraft feet teeth mice geese'.split(' '),
);

/** True for a function word that can never be a counted noun. */
export function isStopWord(word: string, lang: Lang): boolean {
  const lower = word.toLowerCase();
  return lang === 'de' ? DE_STOP.has(lower) : EN_STOP.has(lower);
}

/** Heuristic: could `word` be the plural noun counted by a preceding number? */
export function isCountedNoun(word: string, lang: Lang): boolean {
  if (isStopWord(word, lang)) return false;
  const first = word.charAt(0);
  if (lang === 'de') return first !== first.toLowerCase();
  const lower = word.toLowerCase();
  if (EN_IRREGULAR_PLURALS.has(lower)) return true;
  return lower.length > 2 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('ous');
}

const EN_ADJECTIVES = new Set(
  ('more new additional other extra further young old armed foreign local former ' +
    'active dead wounded injured senior junior total estimated registered eligible full-time part-time')
    .split(' '),
);

/** Heuristic adjective test for English words between a number and its noun. */
export function isEnglishAdjective(word: string): boolean {
  const lower = word.toLowerCase();
  if (EN_ADJECTIVES.has(lower) || nationalityCountry(word, 'en')) return true;
  return /(?:al|ive|ous|ful|ic|less|able|ible|ish|ian|ese)$/.test(lower);
}

/** German inflected adjective ("amerikanische", "weiteren", "zusätzliche"). */
export function isGermanAdjective(word: string): boolean {
  if (word.charAt(0) !== word.charAt(0).toLowerCase()) return false;
  return word.length > 3 && /(?:e|en|er|es|em)$/.test(word) && !DE_STOP.has(word);
}

const DE_NATIONALITY: Array<[string, string]> = [
  ['us-amerikanisch', 'USA'], ['amerikanisch', 'USA'], ['deutsch', 'Deutschland'],
  ['französisch', 'Frankreich'], ['britisch', 'Großbritannien'], ['russisch', 'Russland'],
  ['ukrainisch', 'Ukraine'], ['chinesisch', 'China'], ['italienisch', 'Italien'],
  ['spanisch', 'Spanien'], ['polnisch', 'Polen'], ['türkisch', 'Türkei'], ['israelisch', 'Israel'],
  ['iranisch', 'Iran'], ['irakisch', 'Irak'], ['syrisch', 'Syrien'], ['japanisch', 'Japan'],
  ['indisch', 'Indien'], ['österreichisch', 'Österreich'], ['schweizerisch', 'Schweiz'],
  ['niederländisch', 'Niederlande'], ['kanadisch', 'Kanada'], ['afghanisch', 'Afghanistan'],
];

const EN_NATIONALITY_TABLE: Record<string, string> = {
  american: 'US', german: 'Germany', french: 'France', british: 'UK', russian: 'Russia',
  ukrainian: 'Ukraine', chinese: 'China', italian: 'Italy', spanish: 'Spain', polish: 'Poland',
  turkish: 'Turkey', israeli: 'Israel', iranian: 'Iran', iraqi: 'Iraq', syrian: 'Syria',
  japanese: 'Japan', indian: 'India', austrian: 'Austria', swiss: 'Switzerland', dutch: 'Netherlands',
  canadian: 'Canada', afghan: 'Afghanistan',
};

// Maps, not object lookups: no prototype keys ("constructor"), and faster on arbitrary words.
const EN_NATIONALITY = new Map(Object.entries(EN_NATIONALITY_TABLE));
// Every German stem is at least four letters: words with another four-letter start are no nationality.
const DE_NATIONALITY_STARTS = new Set(DE_NATIONALITY.map(([stem]) => stem.slice(0, 4)));

/** Country for a nationality adjective ("amerikanischen" → "USA", "American" → "US"), else null. */
export function nationalityCountry(word: string, lang: Lang): string | null {
  const lower = word.toLowerCase();
  if (lang === 'en') return EN_NATIONALITY.get(lower) ?? null;
  if (!DE_NATIONALITY_STARTS.has(lower.slice(0, 4))) return null;
  for (const [stem, country] of DE_NATIONALITY) {
    if (lower.startsWith(stem) && /^(?:e|en|er|es|em)?$/.test(lower.slice(stem.length))) return country;
  }
  return null;
}

const ACRONYMS = new Set('nato usa us uk eu un uno who imf iwf opec ezb ecb bnd cdu csu spd fdp afd bsw ard zdf'.split(' '));
const ARTICLES = /^(?:the|der|die|das|den|dem|des)\s+/i;

/** Light normalisation for cross-document matching: trim, collapse spaces, upper-case acronyms. */
export function normaliseSubject(raw: string): string | null {
  const words = raw.replace(ARTICLES, '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const out = words.map((w) =>
    w
      .split('-')
      .map((part) => (ACRONYMS.has(part.toLowerCase()) ? part.toUpperCase() : part))
      .join('-'),
  );
  return out.join(' ');
}
