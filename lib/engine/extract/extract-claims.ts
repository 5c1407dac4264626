// The claim pipeline: segment, skip non-claims, find entities and speakers, classify, score.
// One linear pass over sentences; speakers carry over through a small context.
import { extractDates } from '../dates';
import { createEntityContext, markPerson, resolveRole, type EntityContext } from '../entities/aliases';
import { findEntities } from '../entities/find-entities';
import { isOrgWord, isPersonTitle } from '../entities/gazetteer';
import { extractQuantities } from '../quantities';
import { segmentSentences, type Sentence } from '../segment';
import { findSpeaker, findSubjectSpeaker, type SpeakerContext, type Speech } from '../speakers/find-speaker';
import { findTranscriptLabel, type TranscriptLabel } from '../speakers/transcript-label';
import type { Claim, Entity, Lang } from '../types';
import { findCheckFeatures } from './check-features';
import { classifyKind } from './classify-kind';
import { findEvaluativeCues } from './evaluative';
import { findHedge, findNegation } from './hedges';
import { scoreCheckworthiness } from './score';
import { findSubjectivity } from './subjectivity';
import { findPolarCues, type PolarWords } from './polar-words';
import { skipReason } from './skip';
import { tokenize, type Token } from './tokens';

const CONTEXT_CHARS = 32;
/** Default cap on a claim's length: a longer "sentence" is a run-on line or a table, not a claim. */
export const MAX_CLAIM_CHARS = 2000;
const DIGIT = /\d/;

type PassState = {
  entities: EntityContext;
  speakers: SpeakerContext;
  /** Speaker announced by "X sagte:" for the quote that follows. */
  pending: { speaker: string; cue: string; paragraph: number } | null;
  quoteSpeakers: Map<number, { speaker: string; cue: string }>;
  /** Speaker of the latest direct quote, for an unattributed quote in the next paragraph. */
  lastQuote: { speaker: string; cue: string; paragraph: number } | null;
  /** Speaker of the latest attributed claim: reported speech in Konjunktiv I continues it. */
  lastSpeaker: { speaker: string; paragraph: number } | null;
};

type Attribution = { speaker: string | null; cue: string | null; reasons: string[] };

// Direct quotes without their own cue take the announced, same-quote or previous speaker.
const attributeQuote = (s: Sentence, quoteId: number | null, speech: Speech | null, state: PassState): Attribution => {
  if (speech?.speaker) return { speaker: speech.speaker, cue: speech.cue, reasons: speech.reasons };
  const same = quoteId !== null ? state.quoteSpeakers.get(quoteId) : undefined;
  if (same) return { ...same, reasons: [`speaker:${same.speaker} via same quotation`] };
  const p = state.pending;
  if (p && s.paragraph - p.paragraph <= 2) return { ...p, reasons: [`speaker:${p.speaker} via '${p.cue}' before colon`] };
  const last = state.lastQuote;
  if (last && s.paragraph - last.paragraph <= 1) return { ...last, reasons: [`speaker:${last.speaker} via previous quotation`] };
  return { speaker: null, cue: speech?.cue ?? null, reasons: speech?.reasons ?? ['speaker:unresolved'] };
};

const ROLE_ARTICLES = new Set(['der', 'die', 'the']);

// Two or three capitalised words without organisation words: a likely person for "er"/"she".
const PERSON_LIKE = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;

// The subject of a sentence is usually its first person mention; pronouns later point to it.
// Without a name, a sentence opened by a role ("Die Ministerin traf …") makes the role the referent.
const notePerson = (entities: Entity[], tokens: Token[], ctx: SpeakerContext): void => {
  const person = entities.find((e) => e.type === 'person' || (e.type === 'other' && PERSON_LIKE.test(e.canonical) && !e.canonical.split(' ').some((w) => isOrgWord(w.toLowerCase()))));
  if (person) {
    ctx.lastPerson = person.canonical;
    return;
  }
  const [article, role] = tokens;
  if (!article || !role || !/^\p{Lu}/u.test(role.text) || !isPersonTitle(role.lower)) return;
  // „Die Ministerin traf …", or a genitive name before the role: „Sachsens Wirtschaftsminister zeigte sich enttäuscht".
  if (ROLE_ARTICLES.has(article.lower)) ctx.lastPerson = resolveRole(ctx.roles, role.lower) ?? role.text;
  else if (/^\p{Lu}\p{Ll}+s$/u.test(article.text)) ctx.lastPerson = resolveRole(ctx.roles, role.lower) ?? `${article.text} ${role.text}`;
};

// An organisation opening a sentence ("Acme Corp. reported …") is what a later "it"/"they" means.
const MAX_SUBJECT_START = 3;
const noteSource = (entities: Entity[], tokens: Token[], ctx: SpeakerContext): void => {
  const limit = tokens[Math.min(MAX_SUBJECT_START, tokens.length - 1)]?.end ?? 0;
  // A multi-word name that is not a person ("National Weather Service") counts as well.
  const org = entities.find((e) => e.start <= limit && (e.type === 'organization' || (e.type === 'other' && e.canonical.includes(' ') && e.canonical !== ctx.lastPerson)));
  if (org) ctx.lastSource = org.canonical;
};

// Konjunktiv without a cue continues the last person's speech unless the sentence names its own
// subject of a speech verb; a cue without a speaker stays open.
const reportedAttribution = (speech: Speech | null, state: PassState, paragraph: number, firstPerson: boolean, own: () => Speech | null): Attribution => {
  if (speech) return { speaker: speech.speaker, cue: speech.cue, reasons: speech.reasons };
  const subject = own();
  if (subject) return { speaker: subject.speaker, cue: subject.cue, reasons: [...subject.reasons, 'speaker:own subject'] };
  // Not for the author's own voice: „Ich hätte mir gewünscht …" is no continued report.
  const previous = state.lastSpeaker && paragraph - state.lastSpeaker.paragraph <= 1 && !firstPerson ? state.lastSpeaker.speaker : null;
  if (previous) return { speaker: previous, cue: null, reasons: [`speaker:${previous} via previous reported speech`] };
  const last = state.speakers.lastPerson;
  return { speaker: last, cue: null, reasons: [`speaker:${last ?? 'unresolved'} via context`] };
};

const FIRST_PERSON = new Set(['ich', 'wir', 'mir', 'mich', 'uns', 'i', 'we', 'me', 'us']);
const hasFirstPerson = (tokens: Token[]): boolean => tokens.some((t) => !t.inQuote && FIRST_PERSON.has(t.lower));

const endsWithColon = (s: Sentence): boolean => /:\s*$/.test(s.text);

const buildClaim = (text: string, s: Sentence, lang: Lang, state: PassState, next?: Sentence, polarWords?: PolarWords): Claim | null => {
  const tokens = tokenize(text, s.start, s.end, s.quotes);
  const skip = skipReason(s, tokens, lang, next);
  const entities = findEntities(text, tokens, lang, state.entities);
  const speech = findSpeaker(text, tokens, entities, lang, state.speakers);
  if (speech?.speaker && speech.isPerson) {
    markPerson(state.entities, speech.speaker);
    for (const e of entities) if (e.canonical === speech.speaker && e.type === 'other') e.type = 'person';
  }
  if (!speech?.isPerson || !speech.speaker) notePerson(entities, tokens, state.speakers);
  if (!speech?.speaker) noteSource(entities, tokens, state.speakers);
  if (speech?.speaker && endsWithColon(s)) state.pending = { speaker: speech.speaker, cue: speech.cue, paragraph: s.paragraph };
  if (skip) return null;
  const dates = extractDates(text, s.start, s.end, lang);
  const quantities = extractQuantities(text, s.start, s.end, lang, dates);
  const hasDigit = DIGIT.test(s.text);
  const kind = classifyKind(s, tokens, lang, speech, quantities.length + dates.length > 0 || hasDigit);
  const attribution: Attribution =
    kind.kind === 'quote' ? attributeQuote(s, kind.quoteId, speech, state)
    : kind.kind === 'reported' ? reportedAttribution(speech, state, s.paragraph, hasFirstPerson(tokens), () => findSubjectSpeaker(text, tokens, entities, lang, { ...state.speakers }))
    : { speaker: null, cue: null, reasons: [] };
  if (attribution.speaker) state.lastSpeaker = { speaker: attribution.speaker, paragraph: s.paragraph };
  if (kind.quoteId !== null && attribution.speaker) {
    state.quoteSpeakers.set(kind.quoteId, { speaker: attribution.speaker, cue: attribution.cue ?? '' });
    state.lastQuote = { speaker: attribution.speaker, cue: attribution.cue ?? '', paragraph: s.paragraph };
  }
  const hedge = findHedge(tokens, lang);
  const negation = findNegation(tokens, lang, text);
  const isSpeech = kind.kind === 'quote' || kind.kind === 'reported';
  const evaluativeCues = kind.evaluativeCues ?? findEvaluativeCues(tokens, lang, s.text);
  const features = findCheckFeatures({
    kind: kind.kind, tokens, lang, text: s.text, quantities, hasDigit, date: dates[0]?.text ?? null,
    entity: entities[0]?.canonical ?? null, speechCue: isSpeech ? (attribution.cue ?? null) : null, evaluativeCues,
  });
  const score = scoreCheckworthiness(features);
  // A claim reported with a named speaker is objective: its polar words are not looked up.
  const reported = isSpeech && attribution.speaker !== null;
  const subjectivity = findSubjectivity(evaluativeCues, features, reported ? [] : findPolarCues(tokens, lang, polarWords), reported);
  return {
    text: s.text,
    start: s.start,
    end: s.end,
    prefix: text.slice(Math.max(0, s.start - CONTEXT_CHARS), s.start),
    suffix: text.slice(s.end, s.end + CONTEXT_CHARS),
    kind: kind.kind,
    voice: isSpeech ? 'speaker' : 'author',
    speaker: isSpeech ? attribution.speaker : null,
    cue: isSpeech ? attribution.cue : null,
    hedged: hedge !== null,
    hedgeCue: hedge?.cue ?? null,
    negated: negation !== null,
    negationCue: negation?.cue ?? null,
    checkworthiness: score.value,
    subjective: subjectivity.subjective,
    subjectiveCues: subjectivity.cues,
    quantities,
    dates,
    entities,
    reason: [
      ...kind.reasons,
      ...(isSpeech ? attribution.reasons : []),
      ...(hedge ? [`hedge:${hedge.cue}`] : []),
      ...(negation ? [`negation:${negation.cue}`] : []),
      ...(s.footnote ? [`footnote:${s.footnote}`] : []),
      ...score.reasons,
      ...(subjectivity.subjective ? [`subjective:${subjectivity.cues.join(', ')}`] : []),
    ],
  };
};

// A multi-sentence quote attributed at its end ("„A. B“, sagte X.") gets the speaker backwards.
const backfillQuotes = (claims: Claim[], quoteIds: Array<number | null>, state: PassState): void => {
  claims.forEach((c, i) => {
    const id = quoteIds[i];
    const known = id !== null ? state.quoteSpeakers.get(id) : undefined;
    if (c.kind !== 'quote' || c.speaker || !known) return;
    c.speaker = known.speaker;
    c.cue = known.cue;
    c.reason = c.reason.map((r) => (r === 'speaker:unresolved' ? `speaker:${known.speaker} via same quotation` : r));
  });
};

type Turn = TranscriptLabel & { paragraph: number };

const MIN_INTERVIEW_SPEAKERS = 2;

// Name-shaped labels ("Jane Ruiz:") count only in an interview: two or more speakers labelled so.
const isInterview = (text: string, sentences: Sentence[]): boolean => {
  const speakers = new Set<string>();
  sentences.forEach((s, k) => {
    const label = k === 0 || sentences[k - 1].paragraph !== s.paragraph ? findTranscriptLabel(text, s.start, s.end, true) : null;
    if (label) speakers.add(label.speaker);
  });
  return speakers.size >= MIN_INTERVIEW_SPEAKERS;
};

// A label at a paragraph start opens a turn; an inline label's turn ends with its paragraph.
const nextTurn = (text: string, s: Sentence, previous: Sentence | undefined, turn: Turn | null, loose: boolean): Turn | null => {
  if (previous && previous.paragraph === s.paragraph) return turn;
  const label = findTranscriptLabel(text, s.start, s.end, loose);
  if (label) return { ...label, paragraph: s.paragraph };
  return turn?.alone ? turn : null;
};

// The turn's speaker holds every claim without a speaker of its own, first-person speech included.
const attributeTurn = (claim: Claim, turn: Turn | null): void => {
  if (!turn || claim.speaker) return;
  claim.voice = 'speaker';
  claim.speaker = turn.speaker;
  claim.cue = turn.cue;
  claim.reason = [...claim.reason.filter((r) => r !== 'speaker:unresolved'), `speaker:${turn.speaker} via transcript label '${turn.cue}'`];
};

type PassResult = { claims: Claim[]; entities: Entity[]; overLong: Array<{ start: number; end: number }> };

export const extractClaimsWithEntities = (text: string, lang: Lang, maxClaimChars = MAX_CLAIM_CHARS, polarWords?: PolarWords): PassResult => {
  const entityContext = createEntityContext();
  const speakers: SpeakerContext = { lastPerson: null, lastSource: null, roles: entityContext.roles };
  const state: PassState = { entities: entityContext, speakers, pending: null, quoteSpeakers: new Map(), lastQuote: null, lastSpeaker: null };
  const claims: Claim[] = [];
  const quoteIds: Array<number | null> = [];
  const entities: Entity[] = [];
  const overLong: PassResult['overLong'] = [];
  const sentences = segmentSentences(text, lang);
  let turn: Turn | null = null;
  const loose = text.includes(':') && isInterview(text, sentences);
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    // Checked first: the per-sentence analysis is far from linear on a multi-megabyte line.
    if (s.end - s.start > maxClaimChars) {
      overLong.push({ start: s.start, end: s.end });
      continue;
    }
    turn = nextTurn(text, s, sentences[k - 1], turn, loose);
    const claim = buildClaim(text, s, lang, state, sentences[k + 1], polarWords);
    if (!claim) continue;
    attributeTurn(claim, turn);
    claims.push(claim);
    quoteIds.push(s.quotes.find((q) => claim.kind === 'quote' && q.start < s.end && q.end > s.start)?.id ?? null);
    entities.push(...claim.entities);
  }
  backfillQuotes(claims, quoteIds, state);
  return { claims, entities, overLong };
};
