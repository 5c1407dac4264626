// Cues that need more than a speech verb: a source as the subject ("The CDC reported 1,200
// cases", „Die Polizei meldete drei Festnahmen"), a closing attribution with its own subject
// ("…, Judge Alvarez noted."), and a leading or trailing "per X" ("Per @citytransit, …").
import type { Token } from '../extract/tokens';
import { isOrgWord, isPersonTitle } from '../entities/gazetteer';
import type { Entity, Lang } from '../types';
import { RESEARCH_NOUNS, SOURCE_HEADS, SOURCE_NOUNS, SOURCE_SUBJECT_VERBS } from './cues';
import { phraseAfter, phraseBefore, type Phrase } from './noun-phrase';
import { documentAuthor } from './speaker-names';

// SPD, AfD, CDU/CSU: two or more capitals in one short word name an organisation.
const ACRONYM = /^(?=\S*\p{Lu}\S*\p{Lu})\p{Lu}[\p{L}/-]{1,9}$/u;
const SOURCE_PRONOUNS = new Set(['they', 'it', 'sie']);
const SOURCE_SUFFIX = /(?:dienst|amt|behörde|verwaltung|werke|agentur|kammer|polizei|feuerwehr)$/;
const words = (p: Phrase): string[] => p.text.toLowerCase().split(/\s+/);
const SOURCE_HEAD = new RegExp(`(?:${SOURCE_HEADS.join('|')})s?$`);
// German nouns for people by their agent suffix, singular and plural: „Landrat", „Anwohner",
// „Ärztinnen", „Aktivisten", „Studierende", „Abgeordnete". Only asked for the subject of a speech verb.
// English agent nouns: the auditor, inspectors, the economist, physicians.
const EN_PERSON_SUFFIX = /^\p{Ll}{3,}(?:or|ors|ist|ists|ian|ians|eer|eers)$/u;
const DE_PERSON_SUFFIX = /^\p{Lu}\p{Ll}{2,}(?:er|ern|erin|erinnen|ent|enten|entin|ist|isten|istin|eur|eure|eurin|ant|anten|antin|iker|ikerin|loge|logen|login|rat|räte|ende|enden|te|ten)$/u;

export const isSource = (p: Phrase, entities: Entity[]): boolean => {
  if (p.named || p.text.split(/\s+/).some((w) => ACRONYM.test(w))) return true;
  if (documentAuthor(p.text)) return true;
  const head = p.text.split(/\s+/).at(-1) ?? '';
  if (DE_PERSON_SUFFIX.test(head) || EN_PERSON_SUFFIX.test(head)) return true;
  const e = entities.find((x) => x.start <= p.start && x.end > p.start);
  if (e && (e.type === 'organization' || e.type === 'person')) return true;
  // Compounds of institutions: „Wetterdienst", „Landratsamt", „Bundesbehörde", "Zentralbank"; a role („die Ministerin").
  if (isPersonTitle(words(p)[0])) return true;
  return words(p).some((w) => SOURCE_NOUNS.has(w) || isOrgWord(w) || SOURCE_SUFFIX.test(w) || SOURCE_HEAD.test(w));
};

/**
 * Whether the subject of the verb at i makes it a report: any source for "meldete"/"reported",
 * a research body for "fanden"/"found". A pronoun counts when an earlier source is known.
 */
export const hasSourceSubject = (src: string, tokens: Token[], i: number, entities: Entity[], lang: Lang, lastSource: string | null): boolean => {
  const need = SOURCE_SUBJECT_VERBS[tokens[i].lower];
  if (!need) return false;
  if (need === 'source' && lastSource && SOURCE_PRONOUNS.has(tokens[i - 1]?.lower ?? '')) return true;
  const before = phraseBefore(src, tokens, i, lang);
  // German V2 inversion puts the subject after the verb: „Am Abend meldete die Polizei …".
  const subject = before && (lang === 'en' || before.atClauseStart) ? before : lang === 'de' ? phraseAfter(src, tokens, i, lang) : null;
  if (!subject) return false;
  return need === 'research' ? words(subject).some((w) => RESEARCH_NOUNS.has(w)) : isSource(subject, entities);
};

const MAX_CLOSING_SUBJECT = 6;
const SUBORDINATE_START = new Set(['dass', 'weil', 'wenn', 'ob', 'obwohl', 'damit', 'als', 'nachdem', 'bevor', 'während', 'da', 'that', 'because', 'if', 'whether', 'although', 'when', 'while']);
const MAX_AFTER_CLOSING = 4;

// "The defendant showed no remorse, Judge Alvarez noted." / "…,” she added." — comma or closing
// quote, a short subject, the verb at the end (optionally "on Monday", "in a statement").
const QUOTE_CLOSE = /^[“”"»«]$/;
export const isClosingWithSubject = (tokens: Token[], i: number): boolean => {
  let after = 0;
  for (let j = i + 1; j < tokens.length; j++) {
    if (tokens[j].text === ',' || tokens[j].inQuote) return false;
    if (tokens[j].isWord && ++after > MAX_AFTER_CLOSING) return false;
  }
  for (let k = i - 2; k >= Math.max(1, i - MAX_CLOSING_SUBJECT - 1); k--) {
    const t = tokens[k];
    if (QUOTE_CLOSE.test(t.text)) return true;
    // „…, dass die Koalition den Antrag ablehnt.": a subordinate clause, not a closing attribution.
    if (t.text === ',') return !(/\d$/.test(tokens[k - 1].text) && /^\d/.test(tokens[k + 1].text)) && !SUBORDINATE_START.has(tokens[k + 1]?.lower ?? '');
    if (!t.isWord) return false;
  }
  return false;
};

const PER_NOT = new Set(['cent', 'capita', 'se', 'annum', 'day', 'week', 'month', 'year', 'hour', 'person', 'head', 'share', 'unit', 'kilo', 'kg']);

/** "Per @citytransit, the line reopens Friday." / "…, per the CDC." → the phrase after "per". */
export const findPerSource = (src: string, tokens: Token[]): { phrase: Phrase | null; index: number } | null => {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.lower !== 'per' || t.inQuote || PER_NOT.has(tokens[i + 1]?.lower ?? '') || !tokens[i + 1]?.isWord || /^\d/.test(tokens[i + 1].text)) continue;
    const opens = i === 0 && tokens.slice(2, 9).some((x) => x.text === ',');
    const closes = tokens[i - 1]?.text === ',' && tokens.length - i <= 8;
    if (!opens && !closes) continue;
    const phrase = phraseAfter(src, tokens, i, 'en');
    // A handle keeps its "@" ("@citytransit").
    if (phrase && src[phrase.start - 1] === '@') return { phrase: { ...phrase, text: `@${phrase.text}`, start: phrase.start - 1 }, index: i };
    return { phrase, index: i };
  }
  return null;
};
