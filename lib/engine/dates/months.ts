// Month and date-context vocabulary for the date parser. Month names are matched case-sensitively
// because lower-case "may"/"march" are verbs in English.
import type { Lang } from '../types';

const DE_MONTHS: Record<string, number> = {
  Januar: 1, Jänner: 1, Jan: 1, Februar: 2, Feber: 2, Feb: 2, März: 3, Mrz: 3, Mär: 3,
  April: 4, Apr: 4, Mai: 5, Juni: 6, Jun: 6, Juli: 7, Jul: 7, August: 8, Aug: 8,
  September: 9, Sep: 9, Sept: 9, Oktober: 10, Okt: 10, November: 11, Nov: 11, Dezember: 12, Dez: 12,
};

const EN_MONTHS: Record<string, number> = {
  January: 1, Jan: 1, February: 2, Feb: 2, March: 3, Mar: 3, April: 4, Apr: 4, May: 5,
  June: 6, Jun: 6, July: 7, Jul: 7, August: 8, Aug: 8, September: 9, Sep: 9, Sept: 9,
  October: 10, Oct: 10, November: 11, Nov: 11, December: 12, Dec: 12,
};

export const MONTHS: Record<Lang, Record<string, number>> = { de: DE_MONTHS, en: EN_MONTHS };

/** Month number for a surface form ("Okt.", "October"), or 0. */
export function monthNumber(word: string, lang: Lang): number {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  return MONTHS[lang][bare] ?? 0;
}

/** Regex source matching a month name; abbreviations may carry a dot. */
export function monthPattern(lang: Lang): string {
  const names = Object.keys(MONTHS[lang]).sort((a, b) => b.length - a.length);
  const parts = names.map((n) => (n.length <= 4 ? `${n}\\.?` : n));
  return `(?:${parts.join('|')})(?![\\p{L}])`;
}

/** Words that make a following month/year a time reference and stay part of the mention. */
export const MODIFIERS: Record<Lang, string[]> = {
  de: ['Anfang', 'Mitte', 'Ende', 'Frühjahr', 'Frühling', 'Sommer', 'Herbst', 'Winter'],
  en: ['early', 'mid-', 'mid', 'late', 'spring', 'summer', 'autumn', 'fall', 'winter'],
};

/** Prepositions that introduce a date but are not part of the mention text. */
export const PREPOSITIONS: Record<Lang, string[]> = {
  de: ['im Jahr', 'im Jahre', 'im', 'seit', 'ab', 'bis', 'vor', 'nach', 'von', 'zwischen', 'in', 'Jahr', 'Jahres', 'Geschäftsjahr'],
  en: ['in', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'from', 'between', 'of', 'year', 'fiscal', 'FY'],
};

/** Capitalise-insensitive alternative for a word list ("seit" also matches "Seit"). */
export function wordAlternatives(words: string[]): string {
  const parts = words
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((w) => `[${w[0].toLowerCase()}${w[0].toUpperCase()}]${w.slice(1).replace(/ /g, '\\s+')}`);
  return `(?:${parts.join('|')})`;
}

/** Time-span nouns: "seit 1500 Jahren" is a duration, not a year. */
export const DURATION_NOUN = /^(?:Jahren?|Jahrzehnten?|Jahrhunderten?|Monaten?|Wochen|Tagen?|Stunden|years?|decades?|months?|weeks?|days?|hours?|centuries)$/;
