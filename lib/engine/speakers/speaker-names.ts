// Speaker names from a phrase: the entity it starts with, or a person named at its end.
import type { Entity } from '../types';
import { FIRST_NAMES, isOrgWord } from '../entities/gazetteer';
import type { Phrase } from './noun-phrase';

export const entityAt = (entities: Entity[], p: Phrase): Entity | undefined =>
  entities.find((e) => e.start <= p.start && e.end > p.start) ?? entities.find((e) => e.start < p.end && e.end > p.start && p.end - p.start <= e.end - e.start);

// „Die Präsidentin des Landesrechnungshofs Maria Beck": a person named at the end of a role
// phrase, from a known first name to the end („Maria Beck"), or a person entity ending there.
export const MAX_SURNAME_WORDS = 2;
export const trailingName = (p: Phrase): string | null => {
  const words = p.text.split(' ');
  const k = words.findIndex((w, j) => j > 0 && FIRST_NAMES.has(w.toLowerCase()));
  const rest = k > 0 ? words.slice(k + 1) : [];
  return rest.length >= 1 && rest.length <= MAX_SURNAME_WORDS && rest.every((w) => /^\p{Lu}/u.test(w)) ? words.slice(k).join(' ') : null;
};
export const personInside = (entities: Entity[], p: Phrase): string | null =>
  trailingName(p) ?? entities.find((e) => e.type === 'person' && e.start > p.start && e.end === p.end)?.canonical ?? null;

export const nameOf = (entities: Entity[], p: Phrase): string =>
  personInside(entities, p) ?? documentAuthor(p.text) ?? entityAt(entities, p)?.canonical ?? p.text.replace(/\s*\([^)]*\)?\s*$/, '');

export const isPersonPhrase = (entities: Entity[], p: Phrase): boolean => {
  if (personInside(entities, p)) return true;
  const e = entityAt(entities, p);
  // "Acme Corp", "Greenfield Council": a named organisation is not a person.
  if (p.text.split(' ').some((w) => isOrgWord(w.toLowerCase().replace(/\.$/, '')))) return false;
  return e ? e.type === 'person' || (e.type === 'other' && p.named) : p.named;
};

// „Studie der Universität Bonn", „Mitteilung des Ministeriums": the body behind a document is the
// source, as "a survey by X" in English. A single genitive noun is put back to its base form.
// The nouns of speech acts and documents, singular and plural, optionally after adjectives
// („vorliegende Antrag der Grünen", „Vorschlag von Ministerin Kaya").
const DE_DOCUMENT_NOUNS = [
  'Studie', 'Studien', 'Mitteilung', 'Pressemitteilung', 'Erklärung', 'Stellungnahme', 'Bericht', 'Berichte', 'Analyse',
  'Umfrage', 'Untersuchung', 'Schätzung', 'Prognose', 'Antrag', 'Anträge', 'Gesetzentwurf', 'Gesetzesentwurf', 'Entwurf',
  'Urteil', 'Urteile', 'Beschluss', 'Vorschlag', 'Vorschläge', 'Forderung', 'Forderungen', 'Kritik', 'Entscheidung',
  'Gutachten', 'Positionspapier', 'Papier', 'Konzept', 'Rede', 'Aussage', 'Aussagen', 'Brief', 'Schreiben', 'Anfrage',
  'Antwort', 'Warnung', 'Empfehlung', 'Empfehlungen', 'Auswertung', 'Befragung', 'Angaben', 'Zahlen', 'Daten', 'Erkenntnisse',
  'Einschätzung', 'Programm', 'Wahlprogramm', 'Vorlage', 'Statistik', 'Bilanz',
];
const DE_DOCUMENT = new RegExp(`^(?:\\p{Ll}+\\s+)*(?:${DE_DOCUMENT_NOUNS.join('|')})\\s+(des|der|von|vom)\\s+(\\p{Lu}.*)$`, 'u');
const GENITIVE_ES = /^(\p{Lu}\p{Ll}{3,}[^s])es$/u;
const GENITIVE_S = /^(\p{Lu}\p{Ll}+(?:um|t|n|r|l|k|g|d|m|f|p))s$/u;

const DE_DOCUMENT_HEADS = DE_DOCUMENT_NOUNS.map((n) => n.toLowerCase());
/** A German document noun, also as a compound's head when it is long enough to be one („Jahresbericht"; not „Kandidaten"). */
export const isDocumentNoun = (word: string): boolean => {
  const w = word.toLowerCase();
  return DE_DOCUMENT_HEADS.some((n) => w === n || (n.length >= 6 && w.length - n.length >= 3 && w.endsWith(n)));
};

export const baseForm = (noun: string): string => GENITIVE_ES.exec(noun)?.[1] ?? GENITIVE_S.exec(noun)?.[1] ?? noun;

/** The author of a German document phrase („Mitteilung des Ministeriums" → Ministerium), or null. */
export const documentAuthor = (text: string): string | null => {
  const m = DE_DOCUMENT.exec(text);
  return m ? ownerAfter(m[1], m[2]) : null;
};

/** The owner named after a document noun: a single genitive noun in its base form („des Ministeriums" → Ministerium). */
export const ownerAfter = (article: string, owner: string): string => (article === 'des' && !owner.includes(' ') ? baseForm(owner) : owner);
