// Number phrases in German and English notation for the benchmark corpus.
import type { Rng } from './rng.ts';

function groupThousands(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function formatDecimal(value: number, decimalMark: string): string {
  return value.toFixed(1).replace('.', decimalMark);
}

/** A count like "2.500", "1,5 Mio.", "zwei Dutzend", "Hunderte" (German notation). */
export function germanCount(r: Rng): string {
  switch (r.int(0, 7)) {
    case 0:
    case 1:
      return groupThousands(r.int(2, 99) * r.pick([1, 10, 100, 1000]), '.');
    case 2:
      return groupThousands(r.int(1000, 250000), '.');
    case 3:
      return `${formatDecimal(r.int(11, 99) / 10, ',')} ${r.pick(['Mio.', 'Millionen', 'Mrd.', 'Milliarden'])}`;
    case 4:
      return r.pick(['zwei Dutzend', 'drei', 'zwölf', 'zwanzig', 'hundert', 'tausend']);
    case 5:
      return r.pick(['Hunderte', 'Tausende', 'Hunderttausende', 'mehrere Hundert', 'einige Tausend']);
    default:
      return String(r.int(2, 999));
  }
}

/** A count like "2,500", "1.5 million", "two dozen", "hundreds of" (English notation). */
export function englishCount(r: Rng): string {
  switch (r.int(0, 7)) {
    case 0:
    case 1:
      return groupThousands(r.int(2, 99) * r.pick([1, 10, 100, 1000]), ',');
    case 2:
      return groupThousands(r.int(1000, 250000), ',');
    case 3:
      return `${formatDecimal(r.int(11, 99) / 10, '.')} ${r.pick(['million', 'billion'])}`;
    case 4:
      return r.pick(['two dozen', 'three', 'twelve', 'twenty', 'a hundred', 'a thousand']);
    case 5:
      return r.pick(['hundreds of', 'thousands of', 'a few hundred', 'several thousand', 'tens of thousands of']);
    default:
      return String(r.int(2, 999));
  }
}

export function germanPercent(r: Rng): string {
  const value = r.chance(0.5) ? String(r.int(1, 60)) : formatDecimal(r.int(1, 199) / 10, ',');
  return `${value} ${r.pick(['%', 'Prozent'])}`;
}

export function englishPercent(r: Rng): string {
  const value = r.chance(0.5) ? String(r.int(1, 60)) : formatDecimal(r.int(1, 199) / 10, '.');
  return r.chance(0.6) ? `${value}%` : `${value} percent`;
}

export function germanMoney(r: Rng): string {
  const amount = r.chance(0.5)
    ? groupThousands(r.int(5, 900) * 1000, '.')
    : `${formatDecimal(r.int(11, 499) / 10, ',')} ${r.pick(['Mio.', 'Mrd.', 'Millionen'])}`;
  return `${amount} ${r.pick(['Euro', 'Euro', 'Dollar'])}`;
}

export function englishMoney(r: Rng): string {
  const currency = r.pick(['$', '£', '€']);
  if (r.chance(0.5)) return `${currency}${groupThousands(r.int(5, 900) * 1000, ',')}`;
  return `${currency}${formatDecimal(r.int(11, 499) / 10, '.')} ${r.pick(['million', 'billion', 'bn'])}`;
}

export const GERMAN_QUALIFIERS = ['rund', 'etwa', 'mehr als', 'über', 'knapp', 'bis zu', 'mindestens', 'ca.', '', '', ''];
export const ENGLISH_QUALIFIERS = ['about', 'around', 'more than', 'over', 'nearly', 'up to', 'at least', 'roughly', '', '', ''];

/** Qualifier + number, with the qualifier left out a third of the time. */
export function qualified(r: Rng, qualifiers: readonly string[], amount: string): string {
  const qualifier = r.pick(qualifiers);
  return qualifier === '' ? amount : `${qualifier} ${amount}`;
}
