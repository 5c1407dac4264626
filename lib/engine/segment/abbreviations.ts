// Tokens that end with a period without ending a sentence. Stored lowercase, without the period.
const COMMON = [
  // German
  'z', 'b', 'bzw', 'ca', 'dr', 'nr', 'u', 'a', 'd', 'h', 'prof', 'st', 'vgl', 'usw', 'etc', 'ggf',
  'evtl', 'inkl', 'exkl', 'bspw', 'sog', 'str', 'abs', 'art', 'bd', 'hrsg', 'jh', 'jhd', 'mio',
  'mrd', 'tsd', 'min', 'max', 'geb', 'gest', 'ehem', 'gem', 'lt', 'zzgl', 'v', 'chr', 'dipl',
  'ing', 'hr', 'fr', 'allg', 'insb', 'urspr', 'dt', 'engl', 'frz', 'mind', 'rd', 'zit', 'zt',
  // English
  'mr', 'mrs', 'ms', 'jr', 'sr', 'vs', 'e', 'g', 'i', 'etc', 'al', 'inc', 'ltd', 'corp', 'co',
  'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'capt', 'sgt', 'mt', 'ft', 'approx', 'dept', 'est',
  'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'u.s', 'u.k', 'e.g', 'i.e', 'z.b', 'd.h',
  'u.a', 'o.ä', 'u.ä', 's.o', 's.u', 'a.d', 'ph.d', 'p.m', 'a.m', 'pp', 'p', 'ed', 'eds', 'vol',
];

export const ABBREVIATIONS: ReadonlySet<string> = new Set(COMMON);

// Abbreviations that are only abbreviations before a number ("No. 5", "Art. 3").
export const NUMERIC_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos', 'art', 'abs', 'p', 'pp']);

export const MONTHS: ReadonlySet<string> = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
  'oktober', 'november', 'dezember', 'january', 'february', 'march', 'may', 'june', 'july',
  'october', 'december',
]);

// Words that precede an ordinal number in German ("am 3. Oktober", "der 2. Platz").
export const ORDINAL_TRIGGERS: ReadonlySet<string> = new Set([
  'am', 'vom', 'zum', 'bis', 'ab', 'seit', 'der', 'die', 'das', 'dem', 'den', 'des', 'im', 'zur',
  'ihr', 'ihre', 'ihrem', 'sein', 'seine', 'seinem', 'beim', 'jeder', 'jedem', 'jeden',
]);
