// Clause structure around a speech verb: its finite auxiliary, the clause start (commas, dashes,
// parentheses), the subject in the German prefield or after a conjunction, object pronouns,
// parenthetical and as-clauses, and first-person speakers who name their group.
import type { Entity, Lang } from '../types';
import type { Token } from '../extract/tokens';
import { FIRST_NAMES, NON_NAMES } from '../entities/gazetteer';
import { breaksAfter, capitalRun, phraseAfter, toPhrase, type Phrase } from './noun-phrase';
import { isSource } from './source-cues';
import { entityAt, nameOf, personInside } from './speaker-names';

const QUOTE_MARK = /^[„“”"«»]$/;
const PERSONAL = new Set(['er', 'sie']);

// „so sagt es die Kommission", „das hat die Ministerin gesagt": es/das/dies as the object, with
// the subject right after the verb.
export const DE_OBJECT_PRONOUNS = new Set(['es', 'das', 'dies']);
export const DE_SUBJECT_START = new Set(['der', 'die', 'das', 'ein', 'eine', 'unser', 'unsere', 'mein', 'meine', 'ihr', 'ihre', 'sein', 'seine']);
// „das hat auch Ralph Brinkhaus gesagt": particles between the verb and the subject.
export const DE_MIDFIELD_PARTICLES = new Set(['auch', 'ja', 'schon', 'bereits', 'eben', 'heute', 'nun', 'doch', 'noch', 'gerade', 'vorhin']);
export const startsSubject = (t: Token | undefined): boolean => !!t && !t.inQuote && (DE_SUBJECT_START.has(t.lower) || /^\p{Lu}/u.test(t.text)) && !PERSONAL.has(t.lower);
export const isObjectPronoun = (tokens: Token[], j: number, i: number): boolean => {
  if (!DE_OBJECT_PRONOUNS.has(tokens[j].lower)) return false;
  // „Obama hatte das gesagt": a name before the verb is the subject, the pronoun after it the object.
  const prev = tokens[i - 1];
  if (j === i + 1 && prev && /^\p{Lu}/u.test(prev.text) && !prev.inQuote && !NON_NAMES.has(prev.lower)) return true;
  let k = j === i + 1 ? i + 2 : i + 1;
  while (k < tokens.length && DE_MIDFIELD_PARTICLES.has(tokens[k].lower)) k++;
  return startsSubject(tokens[k]);
};

// „Sie" capitalised inside a sentence is the formal "you" (the addressees), not she/they.
export const isFormalSie = (tokens: Token[], j: number): boolean => tokens[j].text === 'Sie' && j > 0 && !QUOTE_MARK.test(tokens[j - 1].text) && tokens[j - 1].text !== ':';

// Finite auxiliaries and modals that carry a participle or infinitive cue: „X hat … gesagt",
// „hat X gefordert", „will X … ankündigen"; "X has warned", "X would not deny".
export const DE_FINITE_AUX = new Set([
  'hat', 'haben', 'hatte', 'hatten', 'habe', 'hätte', 'hätten', 'will', 'wollen', 'wollte', 'wollten', 'muss', 'müssen',
  'musste', 'kann', 'können', 'konnte', 'soll', 'sollen', 'sollte', 'sollten', 'möchte', 'möchten', 'wird', 'werden',
  'würde', 'würden', 'darf', 'dürfen',
  // „ließ sie wissen", „lässt mitteilen": causative lassen carries a speech infinitive.
  'ließ', 'ließen', 'lässt', 'lassen',
]);
export const EN_AUX = new Set(['has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'could', 'can', 'may', 'might', 'should', 'must']);
export const EN_AUX_SKIP = new Set(['not', 'never', 'also', 'already', 'since', 'now']);
export const MAX_AUX_DISTANCE = 12;
export const CLAUSE_BOUNDARY = /^[,;:„“”"«»()–-]$/;
export const DE_SUBORDINATORS = new Set(['dass', 'wie', 'weil', 'ob', 'wenn', 'als', 'nachdem', 'obwohl', 'da', 'damit']);

/** Index of the finite auxiliary of a non-finite cue in its clause, else the cue's own index. */
export const finiteAnchor = (tokens: Token[], i: number, lang: Lang): number => {
  if (lang === 'en') {
    let aux = i;
    for (let j = i - 1; j >= 0 && !tokens[j].inQuote; j--) {
      const w = tokens[j].lower;
      if (EN_AUX.has(w)) aux = j;
      else if (!EN_AUX_SKIP.has(w) && !/^\p{Ll}+ly$/u.test(tokens[j].text)) break;
    }
    return aux;
  }
  for (let j = i - 1; j >= 0 && j >= i - MAX_AUX_DISTANCE; j--) {
    const t = tokens[j];
    if (t.inQuote || CLAUSE_BOUNDARY.test(t.text)) break;
    if (DE_FINITE_AUX.has(t.lower) && t.text === t.lower) return j;
    if (DE_FINITE_AUX.has(t.lower) && j === 0) return j;
  }
  return i;
};

// „…, dass die Regierung im Mai angekündigt hat": in a verb-final clause the subject follows the conjunction.
export const subordinateSubject = (src: string, tokens: Token[], i: number): Phrase | null => {
  const k = clauseStart(src, tokens, i);
  const first = tokens[k];
  if (!first || k >= i || !DE_SUBORDINATORS.has(first.lower)) return null;
  const phrase = phraseAfter(src, tokens, k, 'de');
  return phrase && phrase.end <= tokens[i].start ? phrase : null;
};

// „Beatrice Fihn von der Internationalen Kampagne zur Abschaffung … hat … hingewiesen": a long
// subject opening the clause, cut at its first lowercase word; only a person or a source.
export const DE_CLAUSE_OPENERS = new Set([...DE_SUBORDINATORS, 'und', 'aber', 'denn', 'doch', 'sondern', 'oder']);
// A dash or parenthesis in the gap before token k ends the clause as a comma does.
export const breaksBefore = (src: string, tokens: Token[], k: number): boolean => k > 0 && breaksAfter(src, tokens, k - 1);

export const clauseStart = (src: string, tokens: Token[], a: number): number => {
  let k = a;
  while (k > 0 && !CLAUSE_BOUNDARY.test(tokens[k - 1].text) && !tokens[k - 1].inQuote && !breaksBefore(src, tokens, k)) k--;
  return k;
};

// „mehrere Kollegen haben … hingewiesen": a quantifier before the subject noun.
export const DE_QUANTIFIERS = new Set(['mehrere', 'viele', 'einige', 'alle', 'manche', 'beide', 'zahlreiche']);
export const prefieldSubject = (src: string, tokens: Token[], a: number, entities: Entity[]): Phrase | null => {
  let k = clauseStart(src, tokens, a);
  if (k < a && DE_CLAUSE_OPENERS.has(tokens[k].lower)) k++;
  if (k < a && (DE_SUBJECT_START.has(tokens[k].text) || DE_QUANTIFIERS.has(tokens[k].text))) k++;
  const run = capitalRun(tokens, k).filter((t) => t.end <= tokens[a].start);
  const phrase = run.length ? toPhrase(src, run) : null;
  if (!phrase || NON_NAMES.has(phrase.text.split(' ')[0].toLowerCase()) || isOblique(tokens, phrase)) return null;
  // Capitals alone do not make a name here („Letzten Endes"): a known person, a role or a source word.
  // A name cut before its „von/aus" modifier („Beatrice Fihn von der Kampagne …") counts as well.
  const cut = phrase.named && phrase.end < run[run.length - 1].end;
  const person = cut || personInside(entities, phrase) !== null || entityAt(entities, phrase)?.type === 'person' || FIRST_NAMES.has(phrase.text.split(' ')[0].toLowerCase());
  return person || isSource({ ...phrase, named: false }, entities) ? phrase : null;
};

// „hat letzte Woche …": a time phrase after the verb is an adverbial, not the inverted subject.
export const TIME_NOUNS = new Set(['woche', 'wochen', 'jahr', 'jahren', 'monat', 'monaten', 'tag', 'tagen', 'zeit', 'abend', 'nacht', 'wochenende', 'mal']);
export const isTimePhrase = (p: Phrase): boolean => TIME_NOUNS.has(p.text.split(' ').pop()?.toLowerCase() ?? '');

// „Datenschutz – der Kollege Höferlin hat es gesagt – ist …": a speech clause between dashes or in
// parentheses attributes the sentence around it, as „wie X sagte" does.
export const isParenthetical = (src: string, tokens: Token[], anchor: number, i: number): boolean => {
  const k = clauseStart(src, tokens, anchor);
  if (k === 0 || !(breaksBefore(src, tokens, k) || tokens[k - 1].text === '(')) return false;
  for (let j = i + 1; j < tokens.length; j++) {
    if (breaksBefore(src, tokens, j) || tokens[j].text === ')') return true;
    if (CLAUSE_BOUNDARY.test(tokens[j].text) || tokens[j].inQuote) return false;
  }
  return false;
};

// „…, wie Grüne und Linke das seit Jahren fordern", "…, as the mayor has said": a speech verb in
// an as-clause attributes the clause it comments on, whatever the verb's object.
export const AS_CLAUSE: Record<Lang, string> = { de: 'wie', en: 'as' };
export const isAsClause = (src: string, tokens: Token[], anchor: number, lang: Lang): boolean => {
  const k = clauseStart(src, tokens, anchor);
  return tokens[k]?.lower === AS_CLAUSE[lang] && k < anchor && (k === 0 || CLAUSE_BOUNDARY.test(tokens[k - 1].text) || breaksBefore(src, tokens, k));
};

export const OBLIQUE_ARTICLES = new Set(['den', 'dem', 'einen', 'einem']);
export const isOblique = (tokens: Token[], p: Phrase): boolean => {
  const k = tokens.findIndex((t) => t.start === p.start);
  return k > 0 && OBLIQUE_ARTICLES.has(tokens[k - 1].lower);
};

// „wir als Freie Demokraten", „Wir, die AfD,", „Wir von der AfD", "we at Acme", "we as Democrats":
// first-person speakers who name their group; the group is the speaker.
export const SELF_GROUP_MARKS = new Set(['als', 'as', 'at', 'von', 'vom', 'bei', ',']);
export const selfNamedGroup = (src: string, tokens: Token[], p: number, entities: Entity[]): string | null => {
  if (p < 0 || !SELF_NAMING.has(tokens[p].lower)) return null;
  let k = p + 1;
  if (!SELF_GROUP_MARKS.has(tokens[k]?.lower ?? '')) return null;
  k++;
  while (k < tokens.length && (DE_SUBJECT_START.has(tokens[k].lower) || tokens[k].lower === 'the')) k++;
  const run = capitalRun(tokens, k);
  const phrase = run.length ? toPhrase(src, run) : null;
  return phrase && !NON_NAMES.has(phrase.text.split(' ')[0].toLowerCase()) ? nameOf(entities, phrase) : null;
};
export const SELF_NAMING = new Set(['wir', 'we']);
