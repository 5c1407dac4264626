// What a quantity counts, when the sentence names it. Heuristic, in priority order:
//  1. prefix of a hyphenated counted noun:      "500 NATO-Truppen"        → "NATO"
//  2. acronym or nationality modifier of noun:  "500 US troops", "500 amerikanische Soldaten" → "US", "USA"
//  3. genitive / of / from / aus after the unit: "2.500 Soldaten der USA"  → "USA"
//  4. "share of X" / "Anteil X" before it:       "the share of renewables is 46 %" → "renewables"
//  5. nationality adjective just before it:     "amerikanische Präsenz von über 5.000 Soldaten" → "USA"
import type { Lang } from '../types';
import { isEnglishAdjective, isGermanAdjective, isStopWord, nationalityCountry, normaliseSubject } from './lexicon';
import type { Token } from './tokens';
import { type UnitMatch, spanText } from './units';

export type SubjectContext = { tokens: Token[]; lang: Lang; first: number; after: number; unit: UnitMatch | null };

const FOLLOW = { de: new Set(['der', 'des', 'aus']), en: new Set(['of', 'from']) };
const SHARE_WORDS = {
  de: new Set(['anteil', 'zahl', 'anzahl', 'quote', 'prozentsatz', 'mehrheit', 'summe', 'gesamtzahl']),
  en: new Set(['share', 'proportion', 'percentage', 'number', 'rate', 'portion', 'fraction', 'majority', 'total']),
};
const BREAK = /^[.;:!?()\[\]„“"”«»]$/;

export function inferSubject(ctx: SubjectContext): string | null {
  const raw = fromCompound(ctx) ?? fromModifiers(ctx) ?? fromFollowing(ctx) ?? fromShare(ctx) ?? fromNationalityBefore(ctx);
  return raw ? normaliseSubject(raw) : null;
}

function fromCompound({ unit }: SubjectContext): string | null {
  if (!unit || unit.kind !== 'noun') return null;
  const m = /^([A-ZÄÖÜ][\p{L}]*)[-‐]\p{L}/u.exec(unit.unit);
  return m ? m[1] : null;
}

function fromModifiers({ unit, lang }: SubjectContext): string | null {
  if (!unit) return null;
  for (const t of unit.modifiers) {
    if (/^[A-Z][A-Z.]+$/.test(t.text)) return t.text.replace(/\./g, '');
    const country = nationalityCountry(t.text, lang);
    if (country) return country;
  }
  return null;
}

function fromFollowing({ tokens, lang, after }: SubjectContext): string | null {
  const t = tokens[after];
  if (!t || !FOLLOW[lang].has(t.lower)) return null;
  return readNounPhrase(tokens, after + 1, lang);
}

/** Noun phrase at i: German adjectives + capitalised words; English adjectives/names + one noun. */
export function readNounPhrase(tokens: Token[], i: number, lang: Lang): string | null {
  let k = i;
  if (/^(?:the|der|die|das|den|dem|des)$/.test(tokens[k]?.lower ?? '')) k += 1;
  const first = k;
  let lastNoun = -1;
  for (; k < first + 4 && tokens[k]?.kind === 'word'; k += 1) {
    const t = tokens[k];
    const capital = t.text[0] !== t.lower[0];
    if (lang === 'de') {
      if (capital) lastNoun = k;
      else if (lastNoun >= 0 || !isGermanAdjective(t.text)) break;
      continue;
    }
    if (isStopWord(t.text, 'en') && !/^[A-Z]{2,}$/.test(t.text)) break;
    lastNoun = k;
    if (!capital && !isEnglishAdjective(t.text)) break; // one common noun ends the phrase
  }
  return lastNoun >= 0 ? spanText(tokens, first, lastNoun + 1) : null;
}

function fromShare({ tokens, lang, first }: SubjectContext): string | null {
  for (let k = first - 1; k >= 0 && k >= first - 12; k -= 1) {
    if (BREAK.test(tokens[k].text) || tokens[k].kind === 'num') return null;
    if (!SHARE_WORDS[lang].has(tokens[k].lower)) continue;
    let s = k + 1;
    const link = tokens[s]?.lower ?? '';
    if (lang === 'en' ? link === 'of' : /^(?:an|von)$/.test(link)) s += 1;
    else if (lang === 'en') continue;
    return readNounPhrase(tokens, s, lang);
  }
  return null;
}

function fromNationalityBefore({ tokens, lang, first }: SubjectContext): string | null {
  for (let k = first - 1; k >= 0 && k >= first - 4; k -= 1) {
    if (BREAK.test(tokens[k].text) || tokens[k].kind === 'num') return null;
    const country = nationalityCountry(tokens[k].text, lang);
    if (country) return country;
  }
  return null;
}
