// Regex rules that find date candidates in one span. Each rule returns candidates with offsets
// relative to the span; index.ts resolves overlaps and makes offsets absolute.
import type { DateMention, Lang } from '../types';
import { MODIFIERS, PREPOSITIONS, monthNumber, monthPattern, wordAlternatives } from './months';

export type DateCandidate = Omit<DateMention, 'text'>;

type Rule = {
  re: RegExp;
  build: (m: RegExpExecArray, lang: Lang) => DateCandidate | null;
  needsDigit?: boolean;
  needsMonth?: boolean;
  /** A four-digit year is required. */
  needsYear?: boolean;
  /** A literal character the match must contain ("-", ".", "/"). */
  needsChar?: string;
};

const YEAR = '(1[0-9]{3}|20[0-9]{2})';
const NOT_BEFORE = '(?<![\\p{L}\\d.,/:-])';
const NOT_AFTER = '(?![\\p{L}\\d]|[.,]\\d)';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Two-digit years pivot at 50: "23" → 2023, "87" → 1987. */
function fullYear(y: string): string {
  if (y.length === 4) return y;
  const n = Number(y);
  return String(n < 50 ? 2000 + n : 1900 + n);
}

function isValidDay(month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31);
}

function dayCandidate(m: RegExpExecArray, y: string | undefined, month: number, day: number): DateCandidate | null {
  if (!isValidDay(month, day)) return null;
  const year = y ? fullYear(y) : 'XXXX';
  const value = `${year}-${pad(month)}-${pad(day)}`;
  return { start: m.index, end: m.index + m[0].length, value, precision: 'day' };
}

function buildRules(lang: Lang): Rule[] {
  const month = `(${monthPattern(lang)})`;
  const mods = wordAlternatives(MODIFIERS[lang]);
  const preps = wordAlternatives(PREPOSITIONS[lang]);
  const numericRules: Rule[] = [
    {
      // ISO 2023-10-15
      re: new RegExp(`${NOT_BEFORE}(\\d{4})-(\\d{2})-(\\d{2})${NOT_AFTER}`, 'gu'),
      build: (m) => dayCandidate(m, m[1], Number(m[2]), Number(m[3])),
    },
    {
      // 15.10.2023, 15. 10. 23
      re: new RegExp(`${NOT_BEFORE}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})${NOT_AFTER}`, 'gu'),
      build: (m) => dayCandidate(m, m[3], Number(m[2]), Number(m[1])),
    },
    {
      // 10/15/2023 (en: month first unless impossible), 15/10/2023 (de: day first)
      re: new RegExp(`${NOT_BEFORE}(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})${NOT_AFTER}`, 'gu'),
      build: (m, l) => {
        const [a, b] = [Number(m[1]), Number(m[2])];
        const monthFirst = l === 'en' && a <= 12;
        return dayCandidate(m, m[3], monthFirst ? a : b, monthFirst ? b : a);
      },
    },
  ];
  const wordRules: Rule[] =
    lang === 'de'
      ? [
          {
            // 3. Oktober 2023, 3. Okt.
            re: new RegExp(`${NOT_BEFORE}(\\d{1,2})\\.\\s*${month}(?:\\s+${YEAR}${NOT_AFTER})?`, 'gu'),
            build: (m, l) => dayCandidate(m, m[3], monthNumber(m[2], l), Number(m[1])),
          },
        ]
      : [
          {
            // 3 October 2023, 3rd of October
            re: new RegExp(`${NOT_BEFORE}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month}(?:,?\\s+${YEAR}${NOT_AFTER})?`, 'gu'),
            build: (m, l) => dayCandidate(m, m[3], monthNumber(m[2], l), Number(m[1])),
          },
          {
            // October 3, 2023; Oct. 3rd
            re: new RegExp(`${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d])(?:,?\\s+${YEAR}${NOT_AFTER})?`, 'gu'),
            build: (m, l) => dayCandidate(m, m[3], monthNumber(m[1], l), Number(m[2])),
          },
        ];
  const monthRules: Rule[] = [
    {
      // (Mitte) Oktober 2023, mid-October 2023, October of 2023
      re: new RegExp(`(?:${mods}\\s*)?${month}\\s+(?:of\\s+)?${YEAR}${NOT_AFTER}`, 'gu'),
      build: (m, l) => monthCandidate(m, m[2], monthNumber(m[1], l)),
    },
    {
      // Mitte Oktober, im Januar, since March (no year: value "XXXX-MM")
      re: new RegExp(`(?:(${mods})\\s*|(?<=(?<![\\p{L}])${preps}\\s+))${month}`, 'gu'),
      build: (m, l) => monthCandidate(m, undefined, monthNumber(m[2], l)),
    },
    {
      // Sommer 2023, Ende 2023, the summer of 2023
      re: new RegExp(`${mods}\\s+(?:of\\s+)?${YEAR}${NOT_AFTER}`, 'gu'),
      build: (m) => yearCandidate(m, m[1]),
    },
  ];
  // What each rule needs to match at all: spans without digits or month names skip it (speed).
  ['-', '.', '/'].forEach((c, k) => Object.assign(numericRules[k], { needsDigit: true, needsChar: c }));
  for (const r of wordRules) Object.assign(r, { needsDigit: true, needsMonth: true });
  Object.assign(monthRules[0], { needsDigit: true, needsMonth: true, needsYear: true });
  monthRules[1].needsMonth = true;
  Object.assign(monthRules[2], { needsDigit: true, needsYear: true });
  return [...numericRules, ...wordRules, ...monthRules];
}

function monthCandidate(m: RegExpExecArray, y: string | undefined, month: number): DateCandidate | null {
  if (month < 1) return null;
  const value = `${y ?? 'XXXX'}-${pad(month)}`;
  return { start: m.index, end: m.index + m[0].length, value, precision: 'month' };
}

function yearCandidate(m: RegExpExecArray, y: string): DateCandidate {
  return { start: m.index, end: m.index + m[0].length, value: y, precision: 'year' };
}

const RULES: Record<Lang, Rule[]> = { de: buildRules('de'), en: buildRules('en') };

const MONTH_HINT: Record<Lang, RegExp> = { de: new RegExp(monthPattern('de'), 'u'), en: new RegExp(monthPattern('en'), 'u') };

/** All rule matches in `span` (may overlap; caller resolves). */
export function findRuleDates(span: string, lang: Lang): DateCandidate[] {
  const out: DateCandidate[] = [];
  const hasDigit = /\d/.test(span);
  const hasMonth = MONTH_HINT[lang].test(span);
  const hasYear = hasDigit && /\d{4}/.test(span);
  for (const rule of RULES[lang]) {
    if ((rule.needsDigit && !hasDigit) || (rule.needsMonth && !hasMonth) || (rule.needsYear && !hasYear)) continue;
    if (rule.needsChar && !span.includes(rule.needsChar)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(span); m; m = rule.re.exec(span)) {
      const c = rule.build(m, lang);
      if (c) out.push(c);
    }
  }
  return out;
}
