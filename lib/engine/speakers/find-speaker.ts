// Finds who is speaking in one sentence: a speech cue plus the noun phrase or pronoun next to it.
import type { Entity, Lang } from '../types';
import { findPhrase, type Token } from '../extract/tokens';
import { resolveRole } from '../entities/aliases';
import { FIRST_NAMES, isOrgWord, isPersonTitle, NON_NAMES } from '../entities/gazetteer';
import { DE_KONJUNKTIV } from '../lang/de';
import { ALT_FRAME, ATTRIBUTION_AFTER, ATTRIBUTION_BEFORE, CLAUSE_ONLY, DE_FRAME, DE_NOT_SPEECH_PARTICLES, DE_SAID_IDIOMS, SELF_ATTRIBUTION, SPEECH_VERBS } from './cues';
import { breaksAfter, capitalRun, phraseAfter, phraseBefore, skipApposition, toPhrase, type Phrase } from './noun-phrase';
import { findPerSource, hasSourceSubject, isClosingWithSubject, isSource } from './source-cues';
import { dropRoleWords, findTrailing } from './trailing-attribution';

export type Speech = {
  /** Named speaker, or null when the cue has no resolvable speaker. */
  speaker: string | null;
  cue: string;
  /** Token index of the cue. */
  index: number;
  isPerson: boolean;
  reasons: string[];
};

export type SpeakerContext = {
  lastPerson: string | null;
  /** Last organisation or group that spoke or opened a sentence, for "it"/"they"/plural „sie". */
  lastSource?: string | null;
  /** Role word → last person named with it (shared with the entity context). */
  roles: ReadonlyMap<string, string>;
};

const PRONOUNS: Record<Lang, Set<string>> = { de: new Set(['er', 'sie']), en: new Set(['he', 'she']) };
const OTHER_PRONOUNS = new Set(['it', 'they', 'we', 'i', 'you', 'es', 'wir', 'ich', 'man', 'this', 'das', 'dies']);
const CLAUSE_END = /^[:;,„“”"«»]$/;
const QUOTE_MARK = /^[„“”"«»]$/;
const EN_NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'these', 'those', 'of', 'for', 'to', 'in', 'on', 'with', 'insurance', 'member']);
const CLAUSE_EVIDENCE = new Set(['dass', 'that', 'ob', 'whether']);
// A finite auxiliary after the object starts a that-less clause: "Polls suggest the race may be close".
const EN_CLAUSE_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'may', 'might', 'could', 'can', 'should', 'must']);
const KONJUNKTIV_HINT = new Set([...DE_KONJUNKTIV, 'hätte', 'hätten', 'würde', 'würden', 'wäre', 'wären', 'könnten', 'müssten', 'sollten', 'dürften']);
// "heard they're raising …": a subject with a contracted auxiliary opens the clause.
const ZU_INFINITIVE = /^(?:ab|an|auf|aus|ein|mit|vor|zurück|hin|her|zu|weg|fest|dar)zu\p{Ll}{3,}en$/u;
const INFINITIVE_FORM = /^\p{Ll}+(?:en|ern|eln)$/u;
const EN_SUBJECT_CONTRACTION = /^(?:they|he|she|it|we|you|there|i)['’](?:re|s|ll|ve|d|m)$/;
const SOURCE_PRONOUNS: Record<Lang, Set<string>> = { de: new Set(['sie']), en: new Set(['it', 'they']) };
// "was blamed", "were called", "was found": passive voice, the subject is not the source.
const EN_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got']);
const EN_PASSIVE_SENSITIVE = new Set(['blamed', 'called', 'found', 'noted', 'estimated']);
const DE_PASSIVE_AUX = new Set(['wird', 'wurde', 'werden', 'wurden', 'worden']);

const entityAt = (entities: Entity[], p: Phrase): Entity | undefined =>
  entities.find((e) => e.start <= p.start && e.end > p.start) ?? entities.find((e) => e.start < p.end && e.end > p.start && p.end - p.start <= e.end - e.start);

// „Die Präsidentin des Landesrechnungshofs Maria Beck": a person named at the end of a role
// phrase, from a known first name to the end („Maria Beck"), or a person entity ending there.
const MAX_SURNAME_WORDS = 2;
const trailingName = (p: Phrase): string | null => {
  const words = p.text.split(' ');
  const k = words.findIndex((w, j) => j > 0 && FIRST_NAMES.has(w.toLowerCase()));
  const rest = k > 0 ? words.slice(k + 1) : [];
  return rest.length >= 1 && rest.length <= MAX_SURNAME_WORDS && rest.every((w) => /^\p{Lu}/u.test(w)) ? words.slice(k).join(' ') : null;
};
const personInside = (entities: Entity[], p: Phrase): string | null =>
  trailingName(p) ?? entities.find((e) => e.type === 'person' && e.start > p.start && e.end === p.end)?.canonical ?? null;

const nameOf = (entities: Entity[], p: Phrase): string =>
  personInside(entities, p) ?? entityAt(entities, p)?.canonical ?? p.text.replace(/\s*\([^)]*\)?\s*$/, '');

const isPersonPhrase = (entities: Entity[], p: Phrase): boolean => {
  if (personInside(entities, p)) return true;
  const e = entityAt(entities, p);
  // "Acme Corp", "Greenfield Council": a named organisation is not a person.
  if (p.text.split(' ').some((w) => isOrgWord(w.toLowerCase().replace(/\.$/, '')))) return false;
  return e ? e.type === 'person' || (e.type === 'other' && p.named) : p.named;
};

// "der Minister" / "the mayor": a bare role means the person last named with it, if any.
const roleOf = (p: Phrase, roles: ReadonlyMap<string, string>): string | null => {
  if (!roles.size || /\s/.test(p.text)) return null;
  const role = p.text.toLowerCase();
  return isPersonTitle(role) ? resolveRole(roles, role) : null;
};

const speechOf = (entities: Entity[], p: Phrase | null, cue: string, index: number, roles: ReadonlyMap<string, string> = new Map()): Speech => {
  const named = p && !entityAt(entities, p) ? roleOf(p, roles) : null;
  if (named) return { speaker: named, cue, index, isPerson: true, reasons: [`speaker:${named} via role '${p?.text}' and '${cue}'`] };
  const speaker = p ? nameOf(entities, p) : null;
  return { speaker, cue, index, isPerson: p ? isPersonPhrase(entities, p) : false, reasons: [`speaker:${speaker ?? 'unresolved'} via '${cue}'`] };
};

// A separable verb counts only with its particle at the end of the clause ("kündigte … an:").
const particleOf = (tokens: Token[], i: number, particles: string[]): Token | null => {
  for (let j = i + 1; j < tokens.length && j < i + 30; j++) {
    const t = tokens[j];
    if (t.inQuote) break;
    const next = tokens[j + 1];
    if (particles.includes(t.lower) && (!next || CLAUSE_END.test(next.text))) return t;
  }
  return null;
};

// "…“, sagte sie" / "…, officials said": the cue follows the reported clause.
const isPostposed = (tokens: Token[], i: number): boolean => {
  const prev = tokens[i - 1];
  if (!prev || skipApposition(tokens, i) !== i) return false;
  return prev.text === ',' || QUOTE_MARK.test(prev.text) || (prev.inQuote && i > 1);
};

// ", said the company." — in English the inverted subject closes the sentence or clause.
const endsClause = (tokens: Token[], p: Phrase): boolean => {
  const k = tokens.findIndex((t) => t.start >= p.end);
  return k < 0 || tokens[k].text === ',';
};

// "…, zeigt eine Umfrage." closes the sentence; "…, zeigt aber auch das Vertrauen, das …" does not.
const MAX_CLOSING_TOKENS = 8;
const isClosingAttribution = (tokens: Token[], i: number): boolean =>
  isPostposed(tokens, i) && tokens.length - i <= MAX_CLOSING_TOKENS && !tokens.slice(i + 1).some((t) => t.text === ',');

// Reporting verbs that also take plain objects need a clause: "fordert 8 Prozent mehr Lohn" is no speech.
// A that-less English clause shows by an auxiliary before the next comma ("added 300 jobs, which
// was …" is an object and a relative clause).
const hasClause = (tokens: Token[], i: number): boolean => {
  let comma = false;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.text === ':' || QUOTE_MARK.test(t.text) || CLAUSE_EVIDENCE.has(t.lower)) return true;
    if (t.text === ',') comma = true;
    if (j >= i + 2 && !comma && EN_CLAUSE_AUX.has(t.lower)) return true;
    if (j === i + 1 && EN_SUBJECT_CONTRACTION.test(t.lower)) return true;
    if (!t.inQuote && KONJUNKTIV_HINT.has(t.lower)) return true;
    // „forderte, die Steuern zu senken", „kündigte an, sie abzuschaffen": a zu-infinitive clause.
    if (comma && !t.inQuote && (ZU_INFINITIVE.test(t.lower) || (t.lower === 'zu' && INFINITIVE_FORM.test(tokens[j + 1]?.lower ?? '')))) return true;
  }
  return false;
};

// "Der Schaden wird auf 2 Mio. beziffert": a passive participle has no speaking subject.
const isPassive = (tokens: Token[], i: number, lang: Lang): boolean => {
  if (lang === 'en') return EN_PASSIVE_SENSITIVE.has(tokens[i].lower) && EN_BE.has(tokens[i - 1]?.lower ?? '');
  for (let j = i - 1; j >= 0 && tokens[j].text !== ','; j--) if (DE_PASSIVE_AUX.has(tokens[j].lower)) return true;
  return false;
};

const hasWord = (tokens: Token[], from: number, to: number, word: string): boolean => {
  for (let j = from; j < to && j < tokens.length; j++) if (tokens[j].lower === word) return true;
  return false;
};

// "sagte sie" (German inversion) or "she said"; an English pronoun after the verb starts the clause.
// „so sagt es die Kommission", „das hat die Ministerin gesagt": es/das/dies as the object, with
// the subject right after the verb.
const DE_OBJECT_PRONOUNS = new Set(['es', 'das', 'dies']);
const DE_SUBJECT_START = new Set(['der', 'die', 'das', 'ein', 'eine', 'unser', 'unsere', 'mein', 'meine', 'ihr', 'ihre', 'sein', 'seine']);
// „das hat auch Ralph Brinkhaus gesagt": particles between the verb and the subject.
const DE_MIDFIELD_PARTICLES = new Set(['auch', 'ja', 'schon', 'bereits', 'eben', 'heute', 'nun', 'doch', 'noch', 'gerade', 'vorhin']);
const startsSubject = (t: Token | undefined): boolean => !!t && !t.inQuote && (DE_SUBJECT_START.has(t.lower) || /^\p{Lu}/u.test(t.text)) && !PRONOUNS.de.has(t.lower);
const isObjectPronoun = (tokens: Token[], j: number, i: number): boolean => {
  if (!DE_OBJECT_PRONOUNS.has(tokens[j].lower)) return false;
  // „Obama hatte das gesagt": a name before the verb is the subject, the pronoun after it the object.
  const prev = tokens[i - 1];
  if (j === i + 1 && prev && /^\p{Lu}/u.test(prev.text) && !prev.inQuote && !NON_NAMES.has(prev.lower)) return true;
  let k = j === i + 1 ? i + 2 : i + 1;
  while (k < tokens.length && DE_MIDFIELD_PARTICLES.has(tokens[k].lower)) k++;
  return startsSubject(tokens[k]);
};

// „Sie" capitalised inside a sentence is the formal "you" (the addressees), not she/they.
const isFormalSie = (tokens: Token[], j: number): boolean => tokens[j].text === 'Sie' && j > 0 && !QUOTE_MARK.test(tokens[j - 1].text) && tokens[j - 1].text !== ':';

const pronounNear = (tokens: Token[], i: number, lang: Lang): Token | null => {
  const slots = lang === 'de' || isPostposed(tokens, i) ? [i + 1, i - 1] : [i - 1];
  for (const j of slots) {
    const t = tokens[j];
    // „das Unternehmen", "this company": an article before a noun, not a pronoun.
    const article = (t?.lower === 'das' || t?.lower === 'this') && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '');
    if (!t || t.inQuote || article || !(PRONOUNS[lang].has(t.lower) || OTHER_PRONOUNS.has(t.lower))) continue;
    if (lang === 'de' && isObjectPronoun(tokens, j, i)) continue;
    return t;
  }
  return null;
};

// Finite auxiliaries and modals that carry a participle or infinitive cue: „X hat … gesagt",
// „hat X gefordert", „will X … ankündigen"; "X has warned", "X would not deny".
const DE_FINITE_AUX = new Set([
  'hat', 'haben', 'hatte', 'hatten', 'habe', 'hätte', 'hätten', 'will', 'wollen', 'wollte', 'wollten', 'muss', 'müssen',
  'musste', 'kann', 'können', 'konnte', 'soll', 'sollen', 'sollte', 'sollten', 'möchte', 'möchten', 'wird', 'werden',
  'würde', 'würden', 'darf', 'dürfen',
]);
const EN_AUX = new Set(['has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'could', 'can', 'may', 'might', 'should', 'must']);
const EN_AUX_SKIP = new Set(['not', 'never', 'also', 'already', 'since', 'now']);
const MAX_AUX_DISTANCE = 12;
const CLAUSE_BOUNDARY = /^[,;:„“”"«»()–-]$/;
const DE_SUBORDINATORS = new Set(['dass', 'wie', 'weil', 'ob', 'wenn', 'als', 'nachdem', 'obwohl', 'da', 'damit']);

/** Index of the finite auxiliary of a non-finite cue in its clause, else the cue's own index. */
const finiteAnchor = (tokens: Token[], i: number, lang: Lang): number => {
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
const subordinateSubject = (src: string, tokens: Token[], i: number): Phrase | null => {
  const k = clauseStart(src, tokens, i);
  const first = tokens[k];
  if (!first || k >= i || !DE_SUBORDINATORS.has(first.lower)) return null;
  const phrase = phraseAfter(src, tokens, k, 'de');
  return phrase && phrase.end <= tokens[i].start ? phrase : null;
};

const fromPronoun = (pronoun: Token, verb: Token, lang: Lang, ctx: SpeakerContext, cue: string, i: number, formal: boolean): Speech => {
  const plural = lang === 'de' && /en$/.test(verb.lower);
  const personal = PRONOUNS[lang].has(pronoun.lower) && !plural && !formal;
  // "it added", "They estimate", „sie teilten mit": the organisation or group named before.
  const group = !personal && !formal && SOURCE_PRONOUNS[lang].has(pronoun.lower) && (lang === 'en' || plural);
  const speaker = personal ? ctx.lastPerson : group ? ctx.lastSource ?? null : null;
  const how = formal ? `formal address '${pronoun.text}'` : `pronoun '${pronoun.text}'`;
  return { speaker, cue, index: i, isPerson: personal, reasons: [`speaker:${speaker ?? 'unresolved'} via ${how}`] };
};

// „Beatrice Fihn von der Internationalen Kampagne zur Abschaffung … hat … hingewiesen": a long
// subject opening the clause, cut at its first lowercase word; only a person or a source.
const DE_CLAUSE_OPENERS = new Set([...DE_SUBORDINATORS, 'und', 'aber', 'denn', 'doch', 'sondern', 'oder']);
// A dash or parenthesis in the gap before token k ends the clause as a comma does.
const breaksBefore = (src: string, tokens: Token[], k: number): boolean => k > 0 && breaksAfter(src, tokens, k - 1);

const clauseStart = (src: string, tokens: Token[], a: number): number => {
  let k = a;
  while (k > 0 && !CLAUSE_BOUNDARY.test(tokens[k - 1].text) && !tokens[k - 1].inQuote && !breaksBefore(src, tokens, k)) k--;
  return k;
};

// „mehrere Kollegen haben … hingewiesen": a quantifier before the subject noun.
const DE_QUANTIFIERS = new Set(['mehrere', 'viele', 'einige', 'alle', 'manche', 'beide', 'zahlreiche']);
const prefieldSubject = (src: string, tokens: Token[], a: number, entities: Entity[]): Phrase | null => {
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
const TIME_NOUNS = new Set(['woche', 'wochen', 'jahr', 'jahren', 'monat', 'monaten', 'tag', 'tagen', 'zeit', 'abend', 'nacht', 'wochenende', 'mal']);
const isTimePhrase = (p: Phrase): boolean => TIME_NOUNS.has(p.text.split(' ').pop()?.toLowerCase() ?? '');

// „Datenschutz – der Kollege Höferlin hat es gesagt – ist …": a speech clause between dashes or in
// parentheses attributes the sentence around it, as „wie X sagte" does.
const isParenthetical = (src: string, tokens: Token[], anchor: number, i: number): boolean => {
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
const AS_CLAUSE: Record<Lang, string> = { de: 'wie', en: 'as' };
const isAsClause = (src: string, tokens: Token[], anchor: number, lang: Lang): boolean => {
  const k = clauseStart(src, tokens, anchor);
  return tokens[k]?.lower === AS_CLAUSE[lang] && k < anchor && (k === 0 || CLAUSE_BOUNDARY.test(tokens[k - 1].text) || breaksBefore(src, tokens, k));
};

const OBLIQUE_ARTICLES = new Set(['den', 'dem', 'einen', 'einem']);
const isOblique = (tokens: Token[], p: Phrase): boolean => {
  const k = tokens.findIndex((t) => t.start === p.start);
  return k > 0 && OBLIQUE_ARTICLES.has(tokens[k - 1].lower);
};

// „wir als Freie Demokraten", „Wir, die AfD,", „Wir von der AfD", "we at Acme", "we as Democrats":
// first-person speakers who name their group; the group is the speaker.
const SELF_GROUP_MARKS = new Set(['als', 'as', 'at', 'von', 'vom', 'bei', ',']);
const selfNamedGroup = (src: string, tokens: Token[], p: number, entities: Entity[]): string | null => {
  if (p < 0 || !SELF_NAMING.has(tokens[p].lower)) return null;
  let k = p + 1;
  if (!SELF_GROUP_MARKS.has(tokens[k]?.lower ?? '')) return null;
  k++;
  while (k < tokens.length && (DE_SUBJECT_START.has(tokens[k].lower) || tokens[k].lower === 'the')) k++;
  const run = capitalRun(tokens, k);
  const phrase = run.length ? toPhrase(src, run) : null;
  return phrase && !NON_NAMES.has(phrase.text.split(' ')[0].toLowerCase()) ? nameOf(entities, phrase) : null;
};
const SELF_NAMING = new Set(['wir', 'we']);

const fromVerb = (src: string, tokens: Token[], i: number, entities: Entity[], lang: Lang, ctx: SpeakerContext, cue: string): Speech | null => {
  // The subject sits next to the finite verb: the cue itself or its auxiliary.
  const a = finiteAnchor(tokens, i, lang);
  const pronoun = pronounNear(tokens, a, lang);
  // "Sie sagten" (plural) and "it said" do not point to the last named person.
  if (pronoun) {
    const group = selfNamedGroup(src, tokens, tokens.indexOf(pronoun), entities);
    if (group) return { speaker: group, cue, index: i, isPerson: false, reasons: [`speaker:${group} via '${pronoun.text}' naming the group`] };
    return fromPronoun(pronoun, tokens[a], lang, ctx, cue, i, lang === 'de' && isFormalSie(tokens, tokens.indexOf(pronoun)));
  }
  const postposed = isPostposed(tokens, i);
  // The phrase after the cue is only needed post-posed or for German inversion (computed once).
  const after = postposed || lang === 'de' ? phraseAfter(src, tokens, a, lang) : null;
  if (postposed && after && (lang === 'de' || endsClause(tokens, after))) return speechOf(entities, after, cue, i, ctx.roles);
  const before = phraseBefore(src, tokens, a, lang);
  // German V2: a capitalised word before the verb is the subject only at a clause start or when named,
  // and never after an accusative or dative article („Den Antrag hat die Union abgelehnt").
  const useBefore = before && (lang === 'en' || ((before.atClauseStart || isPersonPhrase(entities, before)) && !isOblique(tokens, before)));
  const inverted = lang === 'de' && after && !isTimePhrase(after) && after.end <= (tokens[i].start > tokens[a].start ? tokens[i].start : Infinity) ? after : null;
  const phrase = useBefore ? before : lang === 'de' ? prefieldSubject(src, tokens, a, entities) ?? inverted ?? (a === i ? subordinateSubject(src, tokens, i) : null) : null;
  if (!phrase) return lang === 'en' || postposed ? speechOf(entities, null, cue, i) : null;
  return speechOf(entities, phrase, cue, i, ctx.roles);
};

type CueCheck = { src: string; entities: Entity[]; ctx: SpeakerContext };

const verbCueText = (tokens: Token[], i: number, lang: Lang, check: CueCheck): string | null => {
  const t = tokens[i];
  const entry = SPEECH_VERBS[lang].get(t.lower);
  if (!entry || t.inQuote || (t.text !== t.lower && i > 0)) return null;
  if (lang === 'en' && EN_NOUN_BEFORE.has(tokens[i - 1]?.lower ?? '')) return null;
  if (t.lower === 'gesagt' && DE_SAID_IDIOMS.has(tokens[i - 1]?.lower ?? '')) return null;
  const frame = lang === 'de' ? DE_FRAME[t.lower] : undefined;
  const anchor = finiteAnchor(tokens, i, lang);
  // „spricht von …" / „hat von … gesprochen": the complement follows a finite verb or precedes a participle.
  const framed = frame && (hasWord(tokens, i + 1, i + 10, frame) || (anchor < i && hasWord(tokens, anchor, i, frame)));
  if (frame) return framed && !isPassive(tokens, i, lang) ? `${t.text} … ${frame}` : null;
  if (isPassive(tokens, i, lang)) return null;
  if (entry.particles.length) {
    const particle = particleOf(tokens, i, entry.particles);
    if (!particle) return null;
    // "geht von … aus": the particle alone also ends "geht aus dem Rennen"; need "von".
    if (particle.lower === 'aus' && !tokens.slice(i + 1, i + 8).some((x) => x.lower === 'von' || x.lower === 'davon')) return null;
    return `${t.text} … ${particle.text}`;
  }
  const other = lang === 'de' ? DE_NOT_SPEECH_PARTICLES[t.lower] : undefined;
  if (other && (particleOf(tokens, i, other) || tokens[i + 1]?.lower === 'sich')) return null;
  // A comma right after the verb opens its complement clause ("meinte, die Schule …"). A participle
  // or infinitive after an auxiliary reports only so („hat betont, dass"; not „hatte die Tat bestritten").
  const opensClause = tokens[i + 1]?.text === ',' || isClosingAttribution(tokens, i) || isClosingWithSubject(tokens, i) || hasClause(tokens, i) ||
    isParenthetical(check.src, tokens, anchor, i) || isAsClause(check.src, tokens, anchor, lang);
  if (anchor !== i && !opensClause) {
    const alt = ALT_FRAME[t.lower];
    const altFound = lang === 'en' ? tokens[i + 1]?.lower === alt : hasWord(tokens, anchor, i + 10, alt ?? '');
    return alt && altFound ? `${t.text} … ${alt}` : null;
  }
  if (CLAUSE_ONLY.has(t.lower) && !opensClause) {
    const alt = ALT_FRAME[t.lower];
    // „Als Grund nannte …" puts the complement first.
    // English frames are phrasal verbs: "called for", not "called a meeting for Thursday".
    const altFound = lang === 'en' ? tokens[i + 1]?.lower === alt : hasWord(tokens, i + 1, i + 10, alt ?? '') || hasWord(tokens, Math.max(0, i - 3), i, alt ?? '');
    if (alt && altFound) return `${t.text} … ${alt}`;
    return hasSourceSubject(check.src, tokens, i, check.entities, lang, check.ctx.lastSource ?? null) ? t.text : null;
  }
  return t.text;
};

const findVerbCue = (src: string, tokens: Token[], entities: Entity[], lang: Lang, ctx: SpeakerContext): Speech | null => {
  const check = { src, entities, ctx };
  for (let i = 0; i < tokens.length; i++) {
    const cue = verbCueText(tokens, i, lang, check);
    if (!cue) continue;
    const speech = fromVerb(src, tokens, i, entities, lang, ctx, cue);
    if (speech) return speech;
  }
  return null;
};

// "nach Polizeiangaben" → Polizei.
const compoundSource = (tokens: Token[]): Speech | null => {
  const i = tokens.findIndex((t, k) => t.lower === 'nach' && k + 1 < tokens.length && /^\p{Lu}\p{Ll}+angaben$/u.test(tokens[k + 1].text));
  if (i < 0 || tokens[i].inQuote) return null;
  const t = tokens[i + 1];
  const head = t.text.slice(0, -'angaben'.length);
  return { speaker: head, cue: `${tokens[i].text} ${t.text}`, index: i, isPerson: false, reasons: [`speaker:${head} via '${tokens[i].text} ${t.text}'`] };
};

// First words of all attribution phrases: a sentence without any of them has no attribution.
const ATTRIBUTION_STARTS: Record<Lang, Set<string>> = {
  de: new Set([...SELF_ATTRIBUTION.de, ...ATTRIBUTION_BEFORE.de].map((p) => p[0]).concat(ATTRIBUTION_AFTER.de)),
  en: new Set([...SELF_ATTRIBUTION.en, ...ATTRIBUTION_BEFORE.en].map((p) => p[0]).concat(ATTRIBUTION_AFTER.en)),
};

const perAttribution = (src: string, tokens: Token[], entities: Entity[]): Speech | null => {
  const per = findPerSource(src, tokens);
  return per ? speechOf(entities, per.phrase, tokens[per.index].text, per.index) : null;
};

const NOT_SOURCE = new Set(['wurde', 'wird', 'werden', 'wurden', 'ist', 'sind', 'war', 'waren', 'geworden', 'und', 'oder', 'genug', 'sein', 'gewesen']);
const startsSource = (t: Token | undefined): boolean => !!t && t.isWord && !NOT_SOURCE.has(t.lower);

const findAttribution = (src: string, tokens: Token[], entities: Entity[], lang: Lang): Speech | null => {
  if (!tokens.some((t) => ATTRIBUTION_STARTS[lang].has(t.lower))) return lang === 'en' ? perAttribution(src, tokens, entities) : null;
  for (const phrase of SELF_ATTRIBUTION[lang]) {
    const i = findPhrase(tokens, phrase);
    if (i < 0 || tokens[i].inQuote) continue;
    const cue = src.slice(tokens[i].start, tokens[i + phrase.length - 1].end);
    return speechOf(entities, i > 0 ? phraseBefore(src, tokens, i, lang) ?? phraseBefore(src, tokens, i - 1, lang) : null, cue, i);
  }
  for (const phrase of ATTRIBUTION_BEFORE[lang]) {
    const i = findPhrase(tokens, phrase);
    if (i < 0 || tokens[i].inQuote) continue;
    // "laut" is also an adjective ("die Kritik wurde laut"): the source must follow it.
    if (phrase.length === 1 && phrase[0] === 'laut' && !startsSource(tokens[i + 1])) continue;
    const last = i + phrase.length - 1;
    const cue = src.slice(tokens[i].start, tokens[last].end);
    return speechOf(entities, phraseAfter(src, tokens, last, lang), cue, i);
  }
  for (const word of ATTRIBUTION_AFTER[lang]) {
    const i = tokens.findIndex((t) => t.lower === word && !t.inQuote);
    if (i < 0) continue;
    return speechOf(entities, phraseBefore(src, tokens, i, lang), tokens[i].text, i);
  }
  return lang === 'en' ? perAttribution(src, tokens, entities) : compoundSource(tokens);
};

// „…“, polterte X. / "…," X quipped.: the shape attributes the quote whatever the verb is.
const trailingSpeech = (src: string, tokens: Token[], entities: Entity[], lang: Lang, ctx: SpeakerContext): Speech | null => {
  const shape = findTrailing(tokens, lang);
  if (!shape) return null;
  const cue = shape.form === 'topic-colon' ? ':' : tokens[shape.verb].text;
  if (shape.pronoun) {
    const personal = PRONOUNS[lang].has(shape.pronoun.lower);
    const speaker = personal ? ctx.lastPerson : ctx.lastSource ?? null;
    return { speaker, cue, index: shape.verb, isPerson: personal, reasons: [`speaker:${speaker ?? 'unresolved'} via pronoun '${shape.pronoun.text}' after quotation`] };
  }
  const phrase = shape.form === 'verb-first' ? phraseAfter(src, tokens, shape.verb, lang) : phraseBefore(src, tokens, shape.verb, lang);
  if (!phrase) return null;
  const speech = speechOf(entities, phrase, cue, shape.verb, ctx.roles);
  // "Rep. Dana Whitfield": the entity may stop at the abbreviation; the phrase has the full name.
  const name = dropRoleWords(phrase.text);
  if (/^\p{Lu}\S*(?: \p{Lu}\S*)+$/u.test(name) && name.length > (speech.speaker ?? '').length) {
    speech.speaker = name;
    speech.isPerson = !name.split(' ').some((w) => isOrgWord(w.toLowerCase()));
  }
  speech.reasons = [`speaker:${speech.speaker ?? 'unresolved'} via quotation shape '${cue}'`];
  return speech;
};

/** Speech cue and speaker in one sentence; updates the last named person for pronouns. */
export const findSpeaker = (src: string, tokens: Token[], entities: Entity[], lang: Lang, ctx: SpeakerContext): Speech | null => {
  const found = findAttribution(src, tokens, entities, lang) ?? findVerbCue(src, tokens, entities, lang, ctx);
  const speech = found?.speaker ? found : trailingSpeech(src, tokens, entities, lang, ctx) ?? found;
  // "nurse Tamsin Oduya", „Ingenieurin Lea Brunner": the name without the role words.
  if (speech?.speaker && !speech.speaker.split(' ').some((w) => isOrgWord(w.toLowerCase()))) speech.speaker = dropRoleWords(speech.speaker);
  if (speech?.speaker && speech.isPerson) ctx.lastPerson = speech.speaker;
  else if (speech?.speaker) ctx.lastSource = speech.speaker;
  return speech;
};

/**
 * The subject of the first speech verb, even without the clause evidence a cue needs: a
 * Konjunktiv sentence with its own subject („Die Opposition kritisierte den Entwurf, er gehe …")
 * belongs to that subject, not to the speaker carried over from the sentence before.
 */
export const findSubjectSpeaker = (src: string, tokens: Token[], entities: Entity[], lang: Lang, ctx: SpeakerContext): Speech | null => {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.inQuote || (t.text !== t.lower && i > 0) || !SPEECH_VERBS[lang].has(t.lower)) continue;
    const speech = fromVerb(src, tokens, i, entities, lang, ctx, t.text);
    return speech?.speaker ? speech : null;
  }
  return null;
};
