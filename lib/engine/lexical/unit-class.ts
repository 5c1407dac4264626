// Unit classes: numbers pair only within one class (and one currency or measure unit).
const PERCENT = /^(%|prozent|percent|per cent|prozentpunkte?|percentage points?|pp)$/i;
const CURRENCIES: [RegExp, string][] = [
  [/^(€|eur|euro|euros|cent)$/i, 'eur'],
  [/^(\$|usd|dollars?|us-dollars?)$/i, 'usd'],
  [/^(£|gbp|pfund|pounds?)$/i, 'gbp'],
  [/^(chf|franken|francs?)$/i, 'chf'],
];
const SCALE = /^(mrd|milliarden?|billions?|bn|mio|millionen|millions?|mn|m|tsd|tausend|thousand|k)\.?$/i;
/** Measurement units by dimension; the key keeps kilo-/mega- apart (no conversion). */
const MEASURES: [RegExp, string][] = [
  [/^(km|kilometers?|kilometres?|kilometern?|meilen|miles?)$/i, 'length:'],
  [/^(m|meters?|metres?|metern?)$/i, 'length:'],
  [/^(m²|qm|quadratmetern?|square met(er|re)s?|hektar|ha|hectares?|acres?)$/i, 'area:'],
  [/^(l|liter|litern?|litres?|liters?|kubikmetern?|m³|cubic met(er|re)s?)$/i, 'volume:'],
  [/^([kmgt]wh?|kilowatt(stunden)?|megawatt(stunden)?|gigawatt(stunden)?|watt)$/i, 'energy:'],
  [/^(t|tonnen?|tons?|tonnes?|kg|kilogramm|kilograms?)$/i, 'mass:'],
  [/^(jahre?n?|monate?n?|wochen?|tage?n?|stunden?|minuten?|years?|months?|weeks?|days?|hours?|minutes?)$/i, 'duration:'],
  [/^(km\/h|mph)$/i, 'speed:'],
];

export type UnitClass = {
  kind: 'percent' | 'currency' | 'count' | 'measure';
  /** "percent", "currency:eur", "measure:energy:mw", "count". */
  key: string;
  /** The counted noun for counts ("Busse"), else null. */
  noun: string | null;
};

export function unitClassOf(unit: string | null): UnitClass {
  const words = (unit ?? '').split(/\s+/).filter((w) => w && !SCALE.test(w));
  const rest = words.join(' ');
  if (PERCENT.test(rest)) return { kind: 'percent', key: 'percent', noun: null };
  const currency = CURRENCIES.find(([re]) => re.test(rest) || words.some((w) => re.test(w)));
  if (currency) return { kind: 'currency', key: `currency:${currency[1]}`, noun: null };
  const last = words.at(-1) ?? '';
  const measure = MEASURES.find(([re]) => re.test(rest) || re.test(last));
  if (measure) return { kind: 'measure', key: `measure:${measure[1]}${last.toLowerCase()}`, noun: null };
  const noun = last.split('-').at(-1) || null;
  return { kind: 'count', key: 'count', noun };
}
