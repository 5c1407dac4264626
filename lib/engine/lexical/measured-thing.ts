// What a quantity measures: the head of the noun phrase it counts or is attached to.
// "145 Busse" → Busse (the counted noun); "ein Defizit von 3,4 Mio. Euro" → Defizit (the noun the
// amount is attached to by a preposition); "profit rose to €40 million" → profit (by a verb);
// "Die Zahl der Fahrgäste liegt bei 1.200" → Fahrgäste (a quantity noun yields to its genitive
// complement); "12 Prozent der Haushalte" → Haushalte (a share of what follows).
import type { Lang, Quantity } from '../types';
import { tokenize, type Token } from '../compare/tokens';
import type { LexicalResources } from './resources';
import { unitClassOf, type UnitClass } from './unit-class';
import { ATTRIBUTE_LINKS, CHANGE_DOWN, CHANGE_UP, CHANGE_VERBS, EN_AUXILIARIES, NOW_WORDS, GENITIVE_LINKS, FORWARD_LINKS, INCREMENT_WORDS, PER_ARTICLES, PER_WORDS, PERIOD_ADVERBS, PERIOD_NOUNS, QUANTITY_NOUNS, SOURCE_LINKS, TIME_NOUNS, UNCHANGED_CUES } from './function-words';

export type MeasuredThing = {
  unit: UnitClass;
  /** Head noun as written, or null when nothing is named. */
  head: string | null;
  /** Further nouns of the phrase and its clause (context for matching), as written. */
  context: string[];
  /** How the head was found, for explanations. */
  via: 'counted noun' | 'subject' | 'attached noun' | 'following noun' | 'none';
  /** The clause says the number did not change ("liegt weiterhin bei", "unchanged at"). */
  saysUnchanged: boolean;
  /** True for numbers that are not measurements (ages "Anna Klein, 54,", identifiers "Linie 7"). */
  isExcluded: boolean;
  /** The number is an increment ("40 zusätzliche Stellen", "another 200 jobs"), not a total. */
  isIncrement: boolean;
  /** The clause says the number changed: fell ("nur noch", "has slipped to"), rose ("stieg auf"), or is now so ("inzwischen"). */
  change: ChangeCue;
  /** A rate's denominator as written, lowercased ("nacht" in "31 Starts pro Nacht", "year" for "annually"), or null. */
  per: string | null;
};

export type ChangeCue = 'down' | 'up' | 'now' | null;

/** Words for a remainder after a fall ("only nine lifts still operate", "only 40 left"). */
const REMAINS = new Set(['still', 'left', 'remain', 'remaining', 'remains']);
const ONLY = new Set(['nur', 'only', 'lediglich', 'just', 'gerade']);

/** How the clause around a quantity says it changed (see ChangeCue). */
function changeCueOf(before: Token[], after: Token[]): ChangeCue {
  const near = [...before, ...after].map((t) => t.lower);
  if (near.some((w) => CHANGE_DOWN.has(w))) return 'down';
  if (near.some((w) => CHANGE_UP.has(w))) return 'up';
  const last = before.slice(-3).map((t) => t.lower);
  // "nur noch acht", "noch 355 Hektar", "only nine lifts still operate".
  if (last.at(-1) === 'noch' || (last.some((w) => ONLY.has(w)) && after.slice(0, 4).some((t) => REMAINS.has(t.lower)))) return 'down';
  if (near.some((w) => NOW_WORDS.has(w)) || last.some((w) => ONLY.has(w))) return 'now';
  return null;
}

const WINDOW = 8;
const CLAUSE_END = /[.;:!?()]/;

function isNounToken(t: Token, lang: Lang, res: LexicalResources | undefined, entityWords: Set<string>, tokens: Token[]): boolean {
  // "laut Angaben", "nach Schätzungen", "according to figures": the source, not the measured thing.
  const [prev, prev2] = [tokens[t.index - 1], tokens[t.index - 2]];
  const isSource = (p?: Token, q?: Token) => !!p && (SOURCE_LINKS.has(p.lower) || (p.lower === 'to' && q?.lower === 'according'));
  // "nach seinen Angaben": a possessive or article may stand between.
  if (isSource(prev, prev2) || (prev && /^(sein|ihr|eig|unser|mein|dein|eur|the|its|their|our|his|her|d)/.test(prev.lower) && isSource(prev2, tokens[t.index - 3]))) return false;
  if (t.isStopword || /^\d/.test(t.lower) || t.lower.length < 3 || entityWords.has(t.lower)) return false;
  if (res?.isStopword(lang, t.surface) || CHANGE_VERBS.has(t.lower)) return false;
  if (lang === 'de') return /^\p{Lu}/u.test(t.surface) && !/^\p{Lu}+$/u.test(t.surface);
  if (prev && EN_AUXILIARIES.has(prev.lower)) return false;
  // English capitals are names, except the claim's first word ("Profit rose to …").
  return !/(ly|ed)$/.test(t.lower) && (/^\p{Ll}/u.test(t.surface) || t.index === 0);
}

/** Tokens of the claim before/after the quantity, stopping at clause punctuation. */
function around(text: string, tokens: Token[], qStart: number, qEnd: number) {
  const before = tokens.filter((t) => t.start < qStart && !CLAUSE_END.test(text.slice(t.start, qStart)));
  const after = tokens.filter((t) => t.start >= qEnd && !CLAUSE_END.test(text.slice(qEnd, t.start)));
  return { before: before.slice(-WINDOW), after: after.slice(0, 5) };
}

/**
 * Nearest noun before the quantity, climbed back to the head of its phrase: an attribute joined
 * by a genitive or a preposition yields to the noun right before the link ("Defizit des
 * Betreibers", "budget of the city", "employment at the airport" → the first noun), except that
 * a quantity noun yields to its complement ("Zahl der Fahrgäste" → Fahrgäste). After a verb a
 * "der" is an article ("stieg der Umsatz"), so only a noun directly before the link counts.
 */
function attachedNoun(before: Token[], isNoun: (t: Token) => boolean): Token | null {
  const nouns = before.filter((t) => isNoun(t) && !TIME_NOUNS.has(t.lower));
  let head = nouns.at(-1);
  if (!head) return null;
  for (let step = 0; step < 2; step++) {
    const i = before.indexOf(head);
    const link = before.slice(Math.max(0, i - 2), i).find((t) => GENITIVE_LINKS.has(t.lower) || ATTRIBUTE_LINKS.has(t.lower));
    const previous = link ? before[before.indexOf(link) - 1] : undefined;
    if (!previous || !nouns.includes(previous)) break;
    if (QUANTITY_NOUNS.has(previous.lower)) return head;
    head = previous;
  }
  return QUANTITY_NOUNS.has(head.lower) ? null : head;
}

/**
 * English: a lowercase word in -s right before the amount, after a content word, is a verb in the
 * present ("the county spends £2.3 million", "the journey takes 50 minutes"), not the thing.
 */
function withoutVerbBeforeAmount(before: Token[]): Token[] {
  const [subject, last] = [before.at(-2), before.at(-1)];
  const isVerb = !!last && !!subject && /^\p{Ll}+[^s]s$/u.test(last.surface) && !subject.isStopword && !/^\d/.test(subject.lower);
  return isVerb ? before.slice(0, -1) : before;
}

/** Head of a written phrase; a quantity noun yields to its modifier ("vaccination rate" → vaccination). */
function phraseHead(phrase: string): string {
  const words = tokenize(phrase).filter((t) => !t.isStopword && !/^\d/.test(t.lower));
  const last = words.at(-1);
  if (!last) return phrase;
  return QUANTITY_NOUNS.has(last.lower) && words.length > 1 ? words[words.length - 2].surface : last.surface;
}

/** German compounds whose last part names a quantity: the first part is what is counted ("Besucherzahl", "Gütermenge", "Übernachtungszahlen"). */
const QUANTITY_COMPOUND = /^(\p{Lu}\p{Ll}{2,}?)(?:s)?(zahlen|zahl|anzahl|mengen|menge|anteile?|quoten?|summen?)$/u;

function quantityCompoundModifier(head: string): string {
  const m = QUANTITY_COMPOUND.exec(head);
  return m ? m[1] : head;
}

/** Years followed by "old"/"alt" ("19 Jahre alt", "a 15-year-old", "30 years old", "die 19-jährige") are an age. */
const AGE_AFTER = /^(?:[\s-]*(?:years?|jahre?n?))?[\s-]*(?:old|alt|jährig)/i;

/** "aged eight to 18", "ages 5 to 11", "im Alter von 6 bis 10 Jahren": the numbers that follow are ages. */
const AGE_BEFORE = /(?:\baged?|\bages|\bim alter (?:von|zwischen|bis(?: zu)?))\s*$/i;

function isAge(text: string, q: Quantity, qStart: number): boolean {
  if (!Number.isInteger(q.value) || q.value < 1 || q.value > 120) return false;
  const after = text.slice(qStart + q.text.length, qStart + q.text.length + 16);
  if ((!q.unit || /^(years?|jahre?n?)$/i.test(q.unit)) && AGE_AFTER.test(after)) return true;
  if ((!q.unit || /^(years?|jahre?n?)$/i.test(q.unit)) && AGE_BEFORE.test(text.slice(Math.max(0, qStart - 24), qStart))) return true;
  if (q.unit) return false;
  const pre = text.slice(Math.max(0, qStart - 40), qStart);
  const post = text.slice(qStart + q.text.length, qStart + q.text.length + 2);
  return /\p{Lu}\p{Ll}+,\s*$/u.test(pre) && /^[,)]/.test(post);
}

/** A period noun in any inflection ("Nacht", "Jahren", "months"). */
const isPeriod = (t: Token) => PERIOD_NOUNS.has(t.lower) || PERIOD_NOUNS.has(t.lower.replace(/(e?n|e?s|e)$/, ''));

/**
 * The denominator that makes a number a rate: "pro Nacht" / "je Einwohner" / "per head" / "a night"
 * right after the number (and its noun), "pro Jahr etwa 420" right before it, or an adverb of
 * frequency ("jährlich", "annually") next to it.
 */
function denominatorOf(before: Token[], after: Token[], isNoun: (t: Token) => boolean): string | null {
  const near = [...before.slice(-3), ...after.slice(0, 4)];
  const adverb = near.find((t) => PERIOD_ADVERBS.has(t.lower));
  if (adverb) return PERIOD_ADVERBS.get(adverb.lower)!;
  const nounAfter = (ts: Token[], i: number) => ts.slice(i + 1, i + 3).find((t) => isPeriod(t) || isNoun(t));
  for (let i = 0; i < after.length - 1 && i < 4; i++) {
    const w = after[i].lower;
    if (PER_WORDS.has(w)) return nounAfter(after, i)?.lower ?? null;
    if (PER_ARTICLES.has(w) && isPeriod(after[i + 1])) return after[i + 1].lower;
    // "240 Euro im Jahr" is per year; "im Jahr 2020" and "im vergangenen Jahr" say when.
    if (w === 'im' && isPeriod(after[i + 1]) && !/^\d/.test(after[i + 2]?.lower ?? '')) return after[i + 1].lower;
  }
  const start = Math.max(0, before.length - 3);
  for (let i = start; i < before.length - 1; i++) if (PER_WORDS.has(before[i].lower)) return nounAfter(before, i)?.lower ?? null;
  return null;
}

/** The noun right after an amount's unit (German), or after its "of" (English); never a period. */
function stuffAfterUnit(after: Token[], lang: Lang, isNoun: (t: Token) => boolean): Token | null {
  const t = lang === 'en' ? (after[0]?.lower === 'of' ? after[1] : undefined) : after[0];
  return t && isNoun(t) && !isPeriod(t) ? t : null;
}

/** The measured thing of quantity `q` in a claim whose text starts at `claimStart` in the document. */
export function measuredThing(
  claim: { text: string; lang: Lang; entities?: { canonical: string }[] },
  q: Quantity,
  claimStart: number | undefined,
  res?: LexicalResources,
): MeasuredThing {
  const text = claim.text;
  const qStart = claimStart !== undefined && text.slice(q.start - claimStart, q.end - claimStart) === q.text ? q.start - claimStart : text.indexOf(q.text);
  const qEnd = qStart + q.text.length;
  const unit = unitClassOf(q.unit);
  const entityWords = new Set((claim.entities ?? []).flatMap((e) => tokenize(e.canonical).map((t) => t.lower)));
  const tokens = tokenize(text);
  const isNoun = (t: Token) => isNounToken(t, claim.lang, res, entityWords, tokens);
  const { before: words, after } = around(text, tokens, qStart, qEnd);
  const before = claim.lang === 'en' ? withoutVerbBeforeAmount(words) : words;
  const context = [...before, ...after].filter(isNoun).map((t) => t.surface);
  // "nach wie vor" and "gleich geblieben" are phrases; single words suffice for the usual wordings.
  const change = changeCueOf(words, after);
  // "Only nine lifts still operate": a remainder after a fall, not an unchanged number.
  const saysUnchanged = change !== 'down' && change !== 'up' && ([...before, ...after].some((t) => UNCHANGED_CUES.has(t.lower)) || /nach wie vor|gleich geblieben|the same level/i.test(text));
  // "more" only counts right after the number ("30 more buses"), not as "more than 30".
  const inside = tokenize(q.text).slice(1);
  const isIncrement =
    words.slice(-1).some((t) => INCREMENT_WORDS.has(t.lower) && t.lower !== 'more') || [...inside, ...after.slice(0, 2)].some((t) => INCREMENT_WORDS.has(t.lower));
  const per = denominatorOf(words, after, isNoun);
  const result = (head: string | null, via: MeasuredThing['via']): MeasuredThing => ({ unit, head: head && claim.lang === 'de' ? quantityCompoundModifier(head) : head, context, via, saysUnchanged, isExcluded: false, isIncrement, change, per });
  if (qStart < 0) return result(null, 'none');
  if (isAge(text, q, qStart)) return { ...result(null, 'none'), isExcluded: true };
  if (unit.kind === 'count' && unit.noun) return result(phraseHead(q.unit ?? unit.noun), 'counted noun');
  // An amount of a unit names its stuff right after it ("4,1 Millionen Tonnen Güter", "3.2m tonnes of goods", "2 Mio. Euro Fördermittel").
  const stuff = unit.kind === 'measure' || unit.kind === 'currency' ? stuffAfterUnit(after, claim.lang, isNoun) : null;
  if (stuff) return result(stuff.surface, 'counted noun');
  if (q.subject) return result(phraseHead(q.subject), 'subject');
  const forward = after.find((t, i) => i <= 3 && isNoun(t) && after.slice(0, i).some((l) => FORWARD_LINKS.has(l.lower)));
  // A share is of what follows ("12 Prozent der Haushalte"); an amount belongs to what precedes.
  if (unit.kind === 'percent' && forward) return result(forward.surface, 'following noun');
  const attached = attachedNoun(before, isNoun);
  // A bare number right after its noun names an item ("Linie 7", "route 9", "Gleis 3"), it counts nothing.
  if (!q.unit && attached && attached === before.at(-1) && Number.isInteger(q.value)) return { ...result(null, 'none'), isExcluded: true };
  if (attached) return result(attached.surface, 'attached noun');
  if (forward) return result(forward.surface, 'following noun');
  return result(null, 'none');
}
