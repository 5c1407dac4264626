// Finds who is speaking in one sentence: a speech cue plus the noun phrase or pronoun next to it.
import type { Entity, Lang } from '../types';
import type { Token } from '../extract/tokens';
import { isOrgWord } from '../entities/gazetteer';
import { DE_KONJUNKTIV } from '../lang/de';
import { ALT_FRAME, CLAUSE_ONLY, DE_FRAME, DE_WORD_BEFORE, DE_NOT_SPEECH_PARTICLES, DE_SAID_IDIOMS, SPEECH_VERBS } from './cues';
import { phraseAfter, phraseBefore, skipApposition, type Phrase } from './noun-phrase';
import { hasSourceSubject, isClosingWithSubject, isSource } from './source-cues';
import { ACT_FORMS, EN_TO_INFINITIVE_FORMS } from './claim-verbs';
import { dropRoleWords, findTrailing } from './trailing-attribution';
import { finiteAnchor, isAsClause, isFormalSie, isObjectPronoun, isOblique, isParenthetical, isTimePhrase, prefieldSubject, selfNamedGroup, subordinateSubject } from './clause-structure';
import { isDocumentNoun, isPersonPhrase, ownerAfter } from './speaker-names';
import { speechOf, type SpeakerContext, type Speech } from './speech';
import { documentAfterNach, findAttribution } from './attribution-phrases';
import { isPassive, passiveAgent, speechNounSource } from './passive-agent';

export type { Speech, SpeakerContext } from './speech';
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
const MAX_TO_DISTANCE = 6;
// A fronted complement opens the sentence and the finite verb follows within a few words.
const MAX_FRONTED = 5;
const EN_VERB_AFTER_TO = /^\p{Ll}{2,}$/u;
const EN_NOT_VERB_AFTER_TO = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'all', 'date', 'us', 'them', 'him', 'me']);
const EN_SUBJECT_CONTRACTION = /^(?:they|he|she|it|we|you|there|i)['’](?:re|s|ll|ve|d|m)$/;
const SOURCE_PRONOUNS: Record<Lang, Set<string>> = { de: new Set(['sie']), en: new Set(['it', 'they']) };



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
    // "urged lawmakers to reject", "promised to cut": a to-infinitive before the next comma.
    if (!comma && j <= i + MAX_TO_DISTANCE && t.lower === 'to' && EN_TO_INFINITIVE_FORMS.has(tokens[i].lower) && EN_VERB_AFTER_TO.test(tokens[j + 1]?.text ?? '') && !EN_NOT_VERB_AFTER_TO.has(tokens[j + 1]?.lower ?? '')) return true;
    // „forderte, die Steuern zu senken", „kündigte an, sie abzuschaffen": a zu-infinitive clause.
    if (comma && !t.inQuote && (ZU_INFINITIVE.test(t.lower) || (t.lower === 'zu' && INFINITIVE_FORM.test(tokens[j + 1]?.lower ?? '')))) return true;
  }
  return false;
};

// A German complement may stand as a pronominal adverb: „wirbt dafür", „spricht davon", „weist darauf hin".
const isWord = (t: Token, word: string): boolean => t.lower === word || (/^\p{Ll}+$/u.test(word) && (t.lower === `da${word}` || t.lower === `dar${word}`));
const hasWord = (tokens: Token[], from: number, to: number, word: string): boolean => {
  for (let j = from; j < to && j < tokens.length; j++) if (isWord(tokens[j], word)) return true;
  return false;
};

// "sagte sie" (German inversion) or "she said"; an English pronoun after the verb starts the clause.

// "She also warned", "It later added": adverbs between the subject pronoun and the verb.
const PRONOUN_ADVERBS = new Set(['also', 'later', 'then', 'again', 'further', 'previously', 'already', 'never', 'not', 'once']);
const subjectSlot = (tokens: Token[], i: number): number => {
  let j = i - 1;
  while (j > 0 && (PRONOUN_ADVERBS.has(tokens[j].lower) || /^\p{Ll}+ly$/u.test(tokens[j].text))) j--;
  return j;
};

const pronounNear = (tokens: Token[], i: number, lang: Lang): Token | null => {
  const before = lang === 'en' ? subjectSlot(tokens, i) : i - 1;
  const slots = lang === 'de' || isPostposed(tokens, i) ? [i + 1, i - 1] : [before];
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


const fromPronoun = (pronoun: Token, verb: Token, lang: Lang, ctx: SpeakerContext, cue: string, i: number, formal: boolean): Speech => {
  const plural = lang === 'de' && /en$/.test(verb.lower);
  const personal = PRONOUNS[lang].has(pronoun.lower) && !plural && !formal;
  // "it added", "They estimate", „sie teilten mit": the organisation or group named before.
  const group = !personal && !formal && SOURCE_PRONOUNS[lang].has(pronoun.lower) && (lang === 'en' || plural);
  const speaker = personal ? ctx.lastPerson : group ? ctx.lastSource ?? null : null;
  const how = formal ? `formal address '${pronoun.text}'` : `pronoun '${pronoun.text}'`;
  return { speaker, cue, index: i, isPerson: personal, reasons: [`speaker:${speaker ?? 'unresolved'} via ${how}`] };
};


// „erwarten zu Recht", „sprach von nicht personenbezogenen Daten": a noun after a preposition is no subject.
const DE_PREPOSITIONS = new Set(['von', 'vom', 'zu', 'zum', 'zur', 'mit', 'für', 'über', 'bei', 'beim', 'aus', 'gegen', 'ohne', 'um', 'durch', 'auf', 'an', 'ins', 'unter', 'nach', 'vor', 'seit', 'bis', 'wegen']);
const afterPreposition = (tokens: Token[], a: number, p: Phrase): boolean => {
  for (let j = a + 1; j < tokens.length && tokens[j].start < p.start; j++) if (DE_PREPOSITIONS.has(tokens[j].lower)) return true;
  return false;
};

// „haben scharfe Kritik geübt": the complement noun of a framed verb is not its subject.
const containsFrame = (p: Phrase, verb: string): boolean => {
  const frame = DE_FRAME[verb];
  return !!frame && p.text.toLowerCase().split(/\s+/).includes(frame);
};

const fromVerb = (src: string, tokens: Token[], i: number, entities: Entity[], lang: Lang, ctx: SpeakerContext, cue: string, requireSource = false): Speech | null => {
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
  if (postposed && after && (lang === 'de' || endsClause(tokens, after))) return requireSource && !isSource(after, entities) ? null : speechOf(entities, after, cue, i, ctx.roles);
  // "The authority apologized and said …": the subject of the first of two coordinated verbs.
  const coordinated = lang === 'en' && tokens[a - 1]?.lower === 'and' && /^\p{Ll}{3,}(?:ed|s)$/u.test(tokens[a - 2]?.text ?? '') ? a - 2 : a;
  const before = phraseBefore(src, tokens, coordinated, lang);
  // German V2: a capitalised word before the verb is the subject only at a clause start or when named,
  // and never after an accusative or dative article („Den Antrag hat die Union abgelehnt").
  const useBefore = before && (lang === 'en' || ((before.atClauseStart || isPersonPhrase(entities, before)) && !isOblique(tokens, before)));
  const inverted = lang === 'de' && after && !isTimePhrase(after) && !afterPreposition(tokens, a, after) && !containsFrame(after, tokens[i].lower) && after.end <= (tokens[i].start > tokens[a].start ? tokens[i].start : Infinity) ? after : null;
  const phrase = useBefore ? before : lang === 'de' ? prefieldSubject(src, tokens, a, entities) ?? inverted ?? (a === i ? subordinateSubject(src, tokens, i) : null) : null;
  if (!phrase) return !requireSource && (lang === 'en' || postposed) ? speechOf(entities, null, cue, i) : null;
  return requireSource && !isSource(phrase, entities) ? null : speechOf(entities, phrase, cue, i, ctx.roles);
};

const FIRST_PERSON = new Set(['ich', 'wir', 'i', 'we']);
// A vote is a decision, not a claim: „hat den Bau mit 18 zu 15 Stimmen abgelehnt", "rejected it unanimously".
const VOTE_WORDS = new Set(['stimmen', 'gegenstimmen', 'einstimmig', 'mehrheitlich', 'votes', 'vote', 'unanimously']);
const EN_CALLS = new Set(['calls', 'called']);
const EN_CALLED_OBJECT = new Set(['it', 'them', 'this', 'that', 'these', 'those']);
// „Die Grünen fordern einen Stopp", "The union rejected the offer": a speech act with a plain
// object reports its subject's claim when the subject is a source (a person, organisation, body
// or group; not „Der Sturm forderte drei Todesopfer"); fromVerb checks the source.
const actCue = (tokens: Token[], i: number, lang: Lang): string | null => {
  const t = tokens[i];
  if (!(ACT_FORMS[lang].has(t.lower) || (lang === 'en' && EN_CALLS.has(t.lower))) || t.inQuote || (t.text !== t.lower && i > 0) || isPassive(tokens, i, lang)) return null;
  if (tokens.some((x) => VOTE_WORDS.has(x.lower))) return null;
  // „kündigte an, die Öffnung zu beantragen", "plans to reject": an infinitive has no subject of its own.
  if (tokens[i - 1]?.lower === (lang === 'de' ? 'zu' : 'to')) return null;
  // „Ich bin froh, dass die Koalition den Antrag ablehnt": the first person's own claim embeds the act.
  if (tokens.slice(0, i).some((x) => !x.inQuote && FIRST_PERSON.has(x.lower))) return null;
  // "the union's rejected offer": a participle after a determiner or possessive is an adjective.
  if (lang === 'en' && (EN_NOUN_BEFORE.has(tokens[i - 1]?.lower ?? '') || /['’]s$/.test(tokens[i - 1]?.lower ?? ''))) return null;
  // "now calls it a mistake", "called them reckless": a judgement of the thing named before.
  if (lang === 'en' && EN_CALLS.has(t.lower)) return EN_CALLED_OBJECT.has(tokens[i + 1]?.lower ?? '') ? `${t.text} ${tokens[i + 1].text}` : null;
  const particles = SPEECH_VERBS[lang].get(t.lower)?.particles ?? [];
  if (!particles.length) return t.text;
  const particle = particleOf(tokens, i, particles);
  return particle ? `${t.text} … ${particle.text}` : null;
};

type CueCheck = { src: string; entities: Entity[]; ctx: SpeakerContext };

// A separable verb counts with its particle; a claim-verb form (CLAUSE_ONLY) also needs its clause.
const particleCue = (tokens: Token[], i: number, particles: string[], needsClause: boolean): string | null => {
  const particle = particleOf(tokens, i, particles);
  if (!particle || needsClause) return null;
  // "geht von … aus": the particle alone also ends "geht aus dem Rennen"; need "von".
  if (particle.lower === 'aus' && !tokens.slice(i + 1, i + 8).some((x) => x.lower === 'von' || x.lower === 'davon')) return null;
  return `${tokens[i].text} … ${particle.text}`;
};

// „hat deutlich gemacht": a two-word predicate names both words as its cue.
const wordBeforeCue = (tokens: Token[], i: number, lang: Lang): string | null | undefined => {
  const words = lang === 'de' ? DE_WORD_BEFORE[tokens[i].lower] : undefined;
  if (!words) return undefined;
  const prev = tokens[i - 1];
  return prev && words.includes(prev.lower) ? `${prev.text} ${tokens[i].text}` : null;
};

const verbCueText = (tokens: Token[], i: number, lang: Lang, check: CueCheck): string | null => {
  const t = tokens[i];
  const entry = SPEECH_VERBS[lang].get(t.lower);
  if (!entry || t.inQuote || (t.text !== t.lower && i > 0)) return null;
  if (lang === 'en' && EN_NOUN_BEFORE.has(tokens[i - 1]?.lower ?? '')) return null;
  if (t.lower === 'gesagt' && DE_SAID_IDIOMS.has(tokens[i - 1]?.lower ?? '')) return null;
  const twoWord = wordBeforeCue(tokens, i, lang);
  if (twoWord === null) return null;
  const word = twoWord ?? t.text;
  const frame = lang === 'de' ? DE_FRAME[t.lower] : undefined;
  const anchor = finiteAnchor(tokens, i, lang);
  // „spricht von …" / „hat von … gesprochen": the complement follows a finite verb or precedes a participle.
  // The complement may also be fronted: „Kritik an dem Plan übte der Städtetag", „Von einer Krise spricht …".
  const framed = frame && (hasWord(tokens, i + 1, i + 10, frame) || (anchor < i && hasWord(tokens, anchor, i, frame)) || i <= MAX_FRONTED && hasWord(tokens, 0, Math.min(i, 2), frame));
  if (frame) return framed && !isPassive(tokens, i, lang) ? `${t.text} … ${frame}` : null;
  if (isPassive(tokens, i, lang)) return null;
  // A comma right after the verb opens its complement clause ("meinte, die Schule …"). A participle
  // or infinitive after an auxiliary reports only so („hat betont, dass"; not „hatte die Tat bestritten").
  const opensClause = tokens[i + 1]?.text === ',' || isClosingAttribution(tokens, i) || isClosingWithSubject(tokens, i) || hasClause(tokens, i) ||
    isParenthetical(check.src, tokens, anchor, i) || isAsClause(check.src, tokens, anchor, lang);
  if (entry.particles.length) return particleCue(tokens, i, entry.particles, CLAUSE_ONLY.has(t.lower) && !opensClause);
  const other = lang === 'de' ? DE_NOT_SPEECH_PARTICLES[t.lower] : undefined;
  if (other && (particleOf(tokens, i, other) || tokens[i + 1]?.lower === 'sich')) return null;
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
    return hasSourceSubject(check.src, tokens, i, check.entities, lang, check.ctx.lastSource ?? null) ? word : null;
  }
  return word;
};

// „Der Plan wurde von der Ministerin kritisiert": the agent of a passive speech verb speaks.
const passiveCue = (src: string, tokens: Token[], i: number, entities: Entity[], lang: Lang): Speech | null => {
  const t = tokens[i];
  if (!SPEECH_VERBS[lang].has(t.lower) || t.inQuote || (t.text !== t.lower && i > 0) || !isPassive(tokens, i, lang)) return null;
  const agent = passiveAgent(src, tokens, i, entities, lang);
  if (!agent) return null;
  const speech = speechOf(entities, agent, t.text, i);
  return { ...speech, reasons: [`speaker:${speech.speaker ?? 'unresolved'} via passive agent of '${t.text}'`] };
};

// „Scharfe Kritik kam von der Gewerkschaft": a speech noun coming from a source.
const nounSourceCue = (src: string, tokens: Token[], i: number, entities: Entity[], lang: Lang): Speech | null => {
  const phrase = speechNounSource(src, tokens, i, entities, lang);
  if (!phrase) return null;
  const speech = speechOf(entities, phrase, tokens[i].text, i);
  return { ...speech, reasons: [`speaker:${speech.speaker ?? 'unresolved'} via '${tokens[i].text} … ${tokens[i + 1]?.text ?? ''}'`] };
};

const findVerbCue = (src: string, tokens: Token[], entities: Entity[], lang: Lang, ctx: SpeakerContext): Speech | null => {
  const check = { src, entities, ctx };
  for (let i = 0; i < tokens.length; i++) {
    const agent = passiveCue(src, tokens, i, entities, lang) ?? nounSourceCue(src, tokens, i, entities, lang);
    if (agent) return agent;
    const cue = verbCueText(tokens, i, lang, check);
    const act = cue ? null : actCue(tokens, i, lang);
    if (!cue && !act) continue;
    const speech = fromVerb(src, tokens, i, entities, lang, ctx, cue ?? act ?? '', !cue);
    if (speech && (cue || speech.speaker)) return speech;
  }
  return null;
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

/** English documents that speak for their authors ("report", "ruling"); German ones are `isDocumentNoun`'s. */
const EN_DOCUMENTS = /^(?:report|statement|ruling|study|survey|analysis|filing|judgment|judgement)$/i;

/**
 * The author of a document named as speaker: its genitive owner („Jahresbericht der Behörde" →
 * Behörde, "report by the agency"), else the organisation that spoke or opened a sentence before;
 * null when the speaker is no document.
 */
const speakingDocumentAuthor = (speaker: string, lang: Lang, ctx: SpeakerContext): string | null => {
  const [head, ...rest] = speaker.split(/\s+/);
  if (!head || !(lang === 'de' ? isDocumentNoun(head) || head.toLowerCase() === 'begründung' : EN_DOCUMENTS.test(head))) return null;
  const m = /^(der|des|of|by|from)\s+(?:the\s+)?(.+)$/i.exec(rest.join(' '));
  return (m ? ownerAfter(m[1], m[2]) : null) ?? ctx.lastSource ?? null;
};

/** Gives the speech to the organisation or author a common noun or document stands for. */
const reassign = (speech: Speech, speaker: string, why: string): void => {
  speech.reasons = [`speaker:${speaker} via ${why}`];
  speech.speaker = speaker;
  speech.isPerson = false;
};

/** Common nouns by which a report refers back to the organisation it named („das Unternehmen", "the company"). */
const GENERIC_ORGS: Record<Lang, Set<string>> = {
  de: new Set(['unternehmen', 'konzern', 'firma', 'gesellschaft', 'behörde', 'fluggesellschaft', 'airline', 'betreiber', 'verband', 'kammer', 'ministerium', 'konzernzentrale']),
  en: new Set(['company', 'firm', 'airline', 'carrier', 'operator', 'agency', 'authority', 'association', 'ministry', 'department', 'retailer', 'chain']),
};

/** Speech cue and speaker in one sentence; updates the last named person for pronouns. */
export const findSpeaker = (src: string, tokens: Token[], entities: Entity[], lang: Lang, ctx: SpeakerContext): Speech | null => {
  const found = findAttribution(src, tokens, entities, lang) ?? findVerbCue(src, tokens, entities, lang, ctx) ?? (lang === 'de' ? documentAfterNach(src, tokens) : null);
  const speech = found?.speaker ? found : trailingSpeech(src, tokens, entities, lang, ctx) ?? found;
  // "nurse Tamsin Oduya", „Ingenieurin Lea Brunner": the name without the role words.
  if (speech?.speaker && !speech.speaker.split(' ').some((w) => isOrgWord(w.toLowerCase()))) speech.speaker = dropRoleWords(speech.speaker);
  // „heißt es im Jahresbericht der Behörde", "according to the report by the authority": the document's author speaks.
  const author = speech?.speaker ? speakingDocumentAuthor(speech.speaker, lang, ctx) : null;
  if (speech?.speaker && author && author !== speech.speaker) reassign(speech, author, `the author of '${speech.speaker}'`);
  // „erklärte das Unternehmen", "the company said": the organisation named before, not the common noun.
  if (speech?.speaker && ctx.lastSource && GENERIC_ORGS[lang].has(speech.speaker.toLowerCase()) && ctx.lastSource.toLowerCase() !== speech.speaker.toLowerCase()) {
    reassign(speech, ctx.lastSource, `'${speech.speaker}' naming the organisation before`);
  }
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
