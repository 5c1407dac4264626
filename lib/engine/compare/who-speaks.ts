// Who speaks in a claim is not what it says: "Council leader Robert Haines said the pool was a
// success" and "Council leader Robert Haines said he was proud of the volunteers" share five words
// and no proposition. These read the words that only say who speaks, so rows and pairs can ask
// what two claims share beyond them.
import { SPEECH_VERBS } from '../speakers/cues';
import type { LexicalResources } from '../lexical/resources';
import { contentWords, isContextKey, sensesOf } from '../lexical/similarity';
import { tokenize } from './tokens';
import type { CompareClaim } from './types';

/** Words before a person's name that say who the person is ("Council leader Robert Haines", "artistic director Helen Marsh"). */
const ROLE_WINDOW = 3;

/**
 * Words that say who speaks in a claim: the speaker's and other persons' names, the up to three
 * words before a person's name (their role) and the verbs of saying. Organisations and places
 * stay: what NATO does in Iraq is what is said.
 */
export function speakerWords(c: CompareClaim): Set<string> {
  const names = (ns: string[]) => ns.flatMap((n) => tokenize(n).map((t) => t.lower));
  // A speaker that is an organisation ("Der Stadtrat") is also what the claim is about.
  const speaker = c.speaker && !c.entities.some((e) => e.type !== 'person' && e.canonical === c.speaker) ? c.speaker : '';
  const persons = new Set(names([...c.entities.filter((e) => e.type === 'person').map((e) => e.canonical), speaker]));
  const tokens = tokenize(c.text);
  const out = new Set(persons);
  tokens.forEach((t, i) => {
    if (SPEECH_VERBS[c.lang].has(t.lower)) out.add(t.lower);
    if (!persons.has(t.lower) || persons.has(tokens[i - 1]?.lower ?? '')) return;
    for (let k = Math.max(0, i - ROLE_WINDOW); k < i; k++) out.add(tokens[k].lower);
  });
  return out;
}

/** Shared words beyond who speaks: persons' names, the roles before them, verbs of saying. */
export function sharedSubstance(claims: CompareClaim[], shared: string[]): number {
  const who = new Set(claims.flatMap((c) => [...speakerWords(c)]));
  return shared.filter((w) => !w.startsWith('c:') && !w.startsWith('#') && tokenize(w).some((t) => !who.has(t.lower))).length;
}

/**
 * Whether two claims share a word (own stem, compound head or translation) beyond who speaks in
 * them. Without a dictionary two languages share no words to check, so they count as sharing.
 */
export function sharesSubstance(a: CompareClaim, b: CompareClaim, res?: LexicalResources): boolean {
  if (a.lang !== b.lang && !res) return true;
  const who = new Set([...speakerWords(a), ...speakerWords(b)]);
  const keys = (c: CompareClaim) =>
    new Set(contentWords(c.text, c.lang, res).filter((w) => !tokenize(w).every((t) => who.has(t.lower))).flatMap((w) => sensesOf(c.lang, w, res).filter(isContextKey).map((k) => k.key)));
  const ka = keys(a);
  return [...keys(b)].some((k) => ka.has(k));
}
