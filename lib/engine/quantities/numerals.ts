// Digit notation per language and scale words ("Mio.", "billion", "k").
import type { Lang } from '../types';
import { type Token, isGlued } from './tokens';

const DE_GROUPED = /^\d{1,3}(?:[.\u00a0\u202f]\d{3})+(?:,\d+)?$/;
const EN_GROUPED = /^\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?$/;
const DE_PLAIN = /^\d+(?:,\d+)?$/;
const EN_PLAIN = /^\d+(?:\.\d+)?$/;
// German text sometimes uses an English decimal point ("2.5 Mio."); a dot followed by exactly
// three digits is always read as a thousands separator in German.
const DE_POINT_DECIMAL = /^\d+\.(?:\d{1,2}|\d{4,})$/;

/** Numeric value of a digit token in `lang`, or null when it is not a plain number (dates, versions). */
export function parseNumeral(raw: string, lang: Lang): number | null {
  if (raw.length > 1 && raw[0] === '0' && /^\d+$/.test(raw)) return null; // codes, phone parts
  const spaced = raw.replace(/[\u00a0\u202f]/g, '');
  if (lang === 'de') {
    if (DE_GROUPED.test(raw) || DE_PLAIN.test(raw)) return Number(spaced.replace(/\./g, '').replace(',', '.'));
    if (DE_POINT_DECIMAL.test(raw)) return Number(raw);
    return null;
  }
  if (EN_GROUPED.test(raw) || EN_PLAIN.test(raw)) return Number(spaced.replace(/,/g, ''));
  return null;
}

const DE_SCALES: Record<string, number> = {
  tsd: 1e3, tausend: 1e3, mio: 1e6, million: 1e6, millionen: 1e6, mrd: 1e9, milliarde: 1e9,
  milliarden: 1e9, bio: 1e12, billion: 1e12, billionen: 1e12, dutzend: 12, hundert: 100,
};
const EN_SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, mln: 1e6,
  tn: 1e12, dozen: 12, hundred: 100,
};
const SCALES: Record<Lang, Map<string, number>> = { de: new Map(Object.entries(DE_SCALES)), en: new Map(Object.entries(EN_SCALES)) };
const ABBREVIATED = new Set(['tsd', 'mio', 'mrd', 'bio', 'mn', 'mln', 'bn', 'tn']);

export type Scale = { factor: number; next: number };

/**
 * Scale word at token i after a number. "k" only counts glued ("10k"); "m" is million only
 * after a currency sign or when glued to a small number before a noun ("5m people") — "100 m"
 * and "400m" are metres.
 */
export function readScale(tokens: Token[], i: number, lang: Lang, hasCurrency: boolean): Scale | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const glued = isGlued(tokens[i - 1], t);
  const dot = tokens[i + 1]?.text === '.' && isGlued(t, tokens[i + 1]) ? 1 : 0;
  const factor = SCALES[lang].get(t.lower);
  if (factor) {
    const takesDot = ABBREVIATED.has(t.lower) ? dot : 0;
    return { factor, next: i + 1 + takesDot };
  }
  if ((t.text === 'k' || t.text === 'K') && glued) return { factor: 1e3, next: i + 1 };
  if ((t.lower === 'b' || t.lower === 'bn') && glued && hasCurrency) return { factor: 1e9, next: i + 1 };
  if (t.lower === 'm' && lang === 'en' && (hasCurrency || (glued && isNounNext(tokens, i + 1)))) {
    return { factor: 1e6, next: i + 1 };
  }
  return null;
}

function isNounNext(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.kind === 'word' && /^[a-z]+s$|^people$/.test(t.text);
}
