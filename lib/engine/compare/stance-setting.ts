// The setting of a stance cue: is a counter-pole word ("Abzug", "withdrawal") a judgement on
// the present, or a narrated past event ("after the withdrawal of the army in 2011") or a
// hypothetical ("the gap a withdrawal would leave")? Only the first says the presence is
// unwelcome, so the other two count for little. Also: whether a concept word is itself
// evaluative ("highly regarded", "unwelcome") rather than a bare name of the concept.
import { findCues, HYPOTHETICALS, NEGATIVE, PAST_ADVERBS, PAST_PREPOSITIONS, POSITIVE, type CueMatch } from './stance-cues';
import type { Token } from './tokens';

export type Setting = { kind: 'past' | 'hypothetical'; surface: string };

type Marker = Setting & { first: number; last: number; reach: 'next' | 'clause' };

/** Token span of a cue. */
export type Span = { start: number; end: number };

/** A preposition governs the noun at most this many tokens later ("nach dem offiziellen Abzug"). */
const PREPOSITION_REACH = 3;
/** A clause-level marker reaches cues at most this many tokens away within the clause. */
const CLAUSE_REACH = 10;

/** Clause number of every token: clauses end at , ; : . ! ? brackets and dashes. */
function clauseIds(text: string, tokens: Token[]): number[] {
  let clause = 0;
  return tokens.map((t, i) => {
    const prev = tokens[i - 1];
    if (prev && /[,;:.!?()\u2013\u2014]/.test(text.slice(prev.start + prev.surface.length, t.start))) clause++;
    return clause;
  });
}

const toMarker = (m: CueMatch, kind: Setting['kind'], reach: Marker['reach']): Marker => ({
  kind,
  surface: m.surface,
  first: m.tokenIndexes[0],
  last: m.tokenIndexes[m.tokenIndexes.length - 1],
  reach,
});

/** Years before the document's own year; "seit 2019" / "since 2019" reaches the present and does not count. */
function pastYears(tokens: Token[], published?: string): Marker[] {
  const year = Number(published?.slice(0, 4));
  if (!Number.isFinite(year) || year < 1000) return [];
  return tokens
    .filter((t) => /^(1[5-9]|20)\d\d$/.test(t.lower) && Number(t.lower) < year)
    .filter((t) => !tokens.slice(Math.max(0, t.index - 2), t.index).some((p) => /^(seit|since)$/.test(p.lower)))
    .map((t) => ({ kind: 'past', surface: t.surface, first: t.index, last: t.index, reach: 'clause' }));
}

export type SettingReader = (cue: Span) => Setting | null;

/** A reader of the past or hypothetical setting of cues in one text (markers found once). */
export function settingReader(text: string, tokens: Token[], published?: string): SettingReader {
  const markers: Marker[] = [
    ...findCues(tokens, PAST_PREPOSITIONS, new Set()).map((m) => toMarker(m, 'past', 'next')),
    ...findCues(tokens, PAST_ADVERBS, new Set()).map((m) => toMarker(m, 'past', 'clause')),
    ...pastYears(tokens, published),
    ...findCues(tokens, HYPOTHETICALS, new Set()).map((m) => toMarker(m, 'hypothetical', 'clause')),
  ];
  if (markers.length === 0) return () => null;
  const clause = clauseIds(text, tokens);
  return (cue) => {
    const applies = (m: Marker) => {
      if (m.reach === 'next') return cue.start > m.last && cue.start - m.last <= PREPOSITION_REACH;
      const distance = m.first > cue.end ? m.first - cue.end : cue.start - m.last;
      return clause[m.first] === clause[cue.start] && distance > 0 && distance <= CLAUSE_REACH;
    };
    const hit = markers.find(applies);
    return hit ? { kind: hit.kind, surface: hit.surface } : null;
  };
}

/** The evaluative phrase a span overlaps ("hohes Ansehen" over "Ansehen"), or null for a bare concept word. */
export function evaluativeReader(tokens: Token[]): (cue: Span) => string | null {
  const taken = new Set<number>();
  const phrases = [...findCues(tokens, NEGATIVE, taken, false), ...findCues(tokens, POSITIVE, taken, false)];
  return (cue) => {
    const hit = phrases.find((m) => m.tokenIndexes.some((i) => i >= cue.start && i <= cue.end));
    return hit?.surface ?? null;
  };
}
