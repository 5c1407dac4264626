// Unit classes: numbers pair only within one class (and one currency or measure unit).
const PERCENT = /^(%|prozent|percent|per cent|prozentpunkte?|percentage points?|pp)$/i;
const CURRENCIES: [RegExp, string][] = [
  [/^(cent|cents|ct)$/i, 'eur-cent'],
  [/^(€|eur|euro|euros)$/i, 'eur'],
  [/^(\$|usd|dollars?|us-dollars?)$/i, 'usd'],
  [/^(£|gbp|pfund|pounds?)$/i, 'gbp'],
  [/^(chf|franken|francs?)$/i, 'chf'],
];
const SCALE = /^(mrd|milliarden?|billions?|bn|mio|millionen|millions?|mn|m|tsd|tausend|thousand|k)\.?$/i;
/** Measurement units with a canonical name per unit (no conversion between units). */
const MEASURES: [RegExp, string][] = [
  [/^(km|kilomet(er|re)s?|kilometern)$/i, 'km'],
  [/^(meilen|miles?)$/i, 'mile'],
  [/^(m|met(er|re)s?|metern)$/i, 'm'],
  [/^(m²|qm|quadratmetern?|square met(er|re)s?)$/i, 'm2'],
  [/^(km²|qkm|quadratkilometern?|square kilomet(er|re)s?|sq km)$/i, 'km2'],
  [/^(hektar|ha|hectares?)$/i, 'ha'],
  [/^(l|liter|litern|litres?|liters)$/i, 'l'],
  [/^(kubikmetern?|m³|cubic met(er|re)s?)$/i, 'm3'],
  [/^(kw|kilowatts?)$/i, 'kw'],
  [/^(mw|megawatts?)$/i, 'mw'],
  [/^(gw|gigawatts?)$/i, 'gw'],
  [/^(kwh|kilowattstunden|kilowatt hours?)$/i, 'kwh'],
  [/^(mwh|megawattstunden|megawatt hours?)$/i, 'mwh'],
  [/^(gwh|gigawattstunden|gigawatt hours?)$/i, 'gwh'],
  [/^(t|tonnen?|tons?|tonnes?)$/i, 't'],
  [/^(kg|kilogramm|kilograms?)$/i, 'kg'],
  [/^(jahre?n?|years?)$/i, 'year'],
  [/^(monate?n?|months?)$/i, 'month'],
  [/^(wochen?|weeks?)$/i, 'week'],
  [/^(tage?n?|days?)$/i, 'day'],
  [/^(stunden?|hours?)$/i, 'hour'],
  [/^(minuten?|minutes?)$/i, 'minute'],
  [/^(km\/h|mph)$/i, 'speed'],
];

export type UnitClass = {
  kind: 'percent' | 'currency' | 'count' | 'measure';
  /** "percent", "currency:eur", "measure:mw", "count". */
  key: string;
  /** The counted noun for counts ("Busse"), else null. */
  noun: string | null;
};

const DURATIONS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute']);

/** Durations (years, months, days …): common in any text, so they pair only on close evidence. */
export function isDuration(unit: UnitClass): boolean {
  return unit.kind === 'measure' && DURATIONS.has(unit.key.slice('measure:'.length));
}

// Memo of recent answers: a unit string is classed by up to a few dozen regexes, and the same
// units ("Prozent", "Euro") recur in every document and are asked for several times per quantity.
const CLASS_MEMO = new Map<string, UnitClass>();
const MAX_MEMO = 5000;

export function unitClassOf(unit: string | null): UnitClass {
  const key = unit ?? '';
  let known = CLASS_MEMO.get(key);
  if (!known) {
    if (CLASS_MEMO.size >= MAX_MEMO) CLASS_MEMO.clear();
    known = classify(key);
    CLASS_MEMO.set(key, known);
  }
  // A copy, so a caller that changes its result cannot change the memo.
  return { ...known };
}

function classify(unit: string): UnitClass {
  const words = unit.split(/\s+/).filter((w) => w && !SCALE.test(w));
  const rest = words.join(' ');
  if (PERCENT.test(rest)) return { kind: 'percent', key: 'percent', noun: null };
  const currency = CURRENCIES.find(([re]) => re.test(rest) || words.some((w) => re.test(w)));
  if (currency) return { kind: 'currency', key: `currency:${currency[1]}`, noun: null };
  const last = words.at(-1) ?? '';
  // The whole unit first: "cubic metres" is m³, not the metres of its last word.
  const measure = MEASURES.find(([re]) => re.test(rest)) ?? MEASURES.find(([re]) => re.test(last));
  if (measure) return { kind: 'measure', key: `measure:${measure[1]}`, noun: null };
  const noun = last.split('-').at(-1) || null;
  return { kind: 'count', key: 'count', noun };
}
