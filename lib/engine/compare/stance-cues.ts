// Cue lists for stance detection (German and English) and a phrase matcher over tokens.
import type { Token } from './tokens';

const list = (words: string): string[] =>
  words
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);

/** Plain negators: flip the next polar cue (or the previous one, for German verb-final order). */
export const NEGATORS = list(`nicht, kein, keine, keinen, keiner, keinem, keines, nie, niemals, keineswegs, kaum,
  weder, ohne, not, cannot, no, never, neither, nor, without, hardly, no longer, by no means`);

/** Privative phrases: "unaffected by X" asserts the absence of X, so they flip X too. */
export const PRIVATIVES = list(`unberührt, unbeeindruckt, nicht betroffen, verschont, frei von, untouched by,
  unaffected by, not affected by, free of, free from, spared, immune to`);

/** Not negations although they start like one. */
export const NON_NEGATORS = list(`nicht nur, nicht zuletzt, kein wunder, not only, no doubt, not least`);

/** "könnte"/"dürfte" are left out: folded they equal the factual "konnte"/"durfte". */
export const HEDGES = list(`vielleicht, möglicherweise, eventuell, vermutlich, angeblich, scheint, scheinen,
  offenbar, anscheinend, wohl, perhaps, maybe, possibly, might, may, could, reportedly, apparently,
  seems, seem, allegedly, likely, probably`);

/** Doubt about a proposition: flips the nearest polar cue (weakened) or leans against the topic. */
export const DOUBTS = list(`alles andere als sicher, alles andere als klar, fraglich, zweifelhaft, unklar, ungewiss,
  in frage gestellt, bezweifelt, bleibt abzuwarten, far from certain, far from clear, doubtful, questionable, unclear,
  uncertain, in doubt, remains to be seen`);

/** Contrast: what follows weighs more than what precedes. */
export const CONTRASTS = list(`jedoch, aber, allerdings, doch, trotzdem, dennoch, however, but, yet, nevertheless`);

/** Concession: the concessive clause weighs less. */
export const CONCESSIVES = list(`obwohl, obgleich, zwar, trotz, although, though, even though, despite, in spite of`);

/** Clauses that give reasons or context for the stance rather than the stance itself ("…, citing the prospect of …"). */
export const REASON_MARKERS = list(`citing, arguing, saying, noting, adding, pointing to, weil, da, denn, zumal, wobei, mit blick auf,
  angesichts, because, since, as, given`);

/** Reversals of a decision: they negate what they reverse. */
export const REVERSALS = list(`aufgehoben, aufheben, hob auf, abgeschafft, abschaffen, schaffte ab, zurückgenommen, zurücknehmen,
  nahm zurück, gekippt, kippte, rückgängig gemacht, reversed, reverses, reverse, revoked, overturned, abolished, rescinded,
  withdrew, withdrawn, dropped`);

/** A stance held earlier ("who once backed", "der … noch unterstützt hatte"): it yields to one held now. */
export const THEN_MARKERS = list(`einst, früher, zunächst, ursprünglich, damals, lange, noch, once, formerly, previously,
  originally, long, at the time, initially, at first`);

/** The present of a changed stance ("now opposes", "hält … inzwischen für gescheitert"). */
export const NOW_MARKERS = list(`inzwischen, mittlerweile, nun, nunmehr, heute, jetzt, now, today, these days`);

/** Conditions on the proposition: the governed cue does not count; stance becomes mixed. */
export const CONDITIONALS = list(`nur so lange, so lange wie, nur solange, solange, nur wenn, nur falls, sofern,
  vorausgesetzt, unter der bedingung, only as long as, as long as, so long as, only if, provided that,
  on condition that`);

export const POSITIVE = list(`geschätzt, willkommen, erfolgreich, Erfolg, anerkannt, stabil, sicher, sichere, gut, gute,
  positiv, sinnvoll, gelobt, lobt, lobte, lobten, begrüßt, begrüßte, beliebt, vorbildlich, finanzierbar, bewährt,
  effektiv, wirksam, voran, Fortschritte, befürwortet, befürworten, befürwortete, unterstützt, unterstützen, Zustimmung,
  stimmte zu, stimmten zu, hohes Ansehen, großes Ansehen, well regarded, highly regarded, successful, success,
  welcome, welcomed, praised, praise, popular, stable, secure, safe, effective, positive, good, affordable, respected,
  valued, appreciated, progress, guarantee, supports, supported, backed, endorsed, approved, in favour,
  richtig, zuverlässig, ausreichend, reicht aus, reichen aus, backs, reliable, sufficient, adequate, verteidigt, verteidigen,
  verteidigte, defends, defended, verbessert, Verbesserung, unbedenklich, harmless, committed to, right decision, right choice,
  right thing, was right, kommt in Frage, kommt infrage, kommen in Frage, kommen infrage`);

export const NEGATIVE = list(`unbeliebt, umstritten, gescheitert, scheitern, scheiterte, Abzug fordern, Abzug gefordert,
  kritisiert, Kritik, gefährdet, bedroht, unsicher, instabil, schlecht, negativ, enttäuschend, schleppend, stockt,
  ineffektiv, Misserfolg, Fehlschlag, unerwünscht, zu teuer, lehnt, lehnen, abgelehnt, ablehnen,
  Ablehnung, Widerstand, warnt, Stellenabbau, Entlassungen, Rezession, unpopular, layoffs, job cuts, recession, opposes, opposed, rejected, rejects, resistance, failed, failure, controversial,
  demands withdrawal, demanded withdrawal, criticised, criticized, criticism, at risk, threatened, endangered,
  unstable, insecure, disappointing, sluggish, stalled, ineffective, unwelcome, poor, bad, too expensive,
  sind gegen, ist gegen, falsch, unzuverlässig, unzureichend, beklagen, beklagt, is against, are against, turned against,
  wrong, unreliable, insufficient,
  inadequate, breakdowns, verschlechtert, stoppte, gestoppt, scrapped, scrap, aus dem ruder,
  störanfällig, sieht kritisch, sehen kritisch, fall short, falls short, fallen short, fell short, out of the question,
  Verschlechterung, Stopp`);

export type CueMatch = { phrase: string; tokenIndexes: number[]; surface: string };

/** Folded phrase words, as tokens fold them (lowercase, umlauts, ß). */
function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ß/g, 'ss')
    .split(/\s+/);
}

/** Exact folded match, or an inflected form of a word of 5+ letters ("gefährdete" ~ "gefährdet"). */
function wordMatches(token: Token, word: string): boolean {
  if (token.lower === word) return true;
  return word.length >= 5 && token.lower.startsWith(word) && token.lower.length - word.length <= 3;
}

/**
 * Occurrences of the phrases in the tokens: all words within a window of (words + 2) tokens,
 * in order when `ordered`. Tokens in `taken` are skipped, and matched tokens are added to it,
 * so earlier (higher-priority) lists claim their words first; longer phrases go first.
 */
export function findCues(tokens: Token[], phrases: string[], taken: Set<number>, ordered = true): CueMatch[] {
  const compiled = compilePhrases(phrases);
  // Only phrases one of whose (first) words could match a token here are tried.
  const possible = new Set<number>();
  for (const t of tokens) for (const key of [t.lower, t.lower.slice(0, PREFIX)]) for (const i of compiled.index.get(key) ?? []) possible.add(i);
  const matches: CueMatch[] = [];
  for (const i of [...possible].sort((a, b) => a - b)) {
    const { phrase, words } = compiled.list[i];
    for (const start of tokens) {
      const startsHere = ordered ? wordMatches(start, words[0]) : words.some((w) => wordMatches(start, w));
      if (taken.has(start.index) || !startsHere) continue;
      // Words already read as another cue (a negator) do not count against the window.
      const window = freeWindow(tokens, start.index, words.length + 2, taken);
      const used = collect(window, words, ordered);
      if (!used || !used.some((t) => t.index === start.index)) continue;
      used.forEach((t) => taken.add(t.index));
      const surface = used.map((t) => t.surface).join(' ');
      matches.push({ phrase, tokenIndexes: used.map((t) => t.index), surface });
    }
  }
  return matches.sort((a, b) => a.tokenIndexes[0] - b.tokenIndexes[0]);
}

/** The first `size` tokens from `from` on that no earlier cue took. */
function freeWindow(tokens: Token[], from: number, size: number, taken: Set<number>): Token[] {
  const out: Token[] = [];
  for (let i = from; i < tokens.length && out.length < size; i++) if (!taken.has(tokens[i].index)) out.push(tokens[i]);
  return out;
}

/** Words of 5+ letters also match inflected forms, so they are indexed by their first five letters. */
const PREFIX = 5;

type CompiledPhrases = { list: { phrase: string; words: string[] }[]; index: Map<string, number[]> };
const compiledCache = new WeakMap<string[], CompiledPhrases>();

/** Phrases folded and sorted longest first (once per list), indexed by the words that can start a match. */
function compilePhrases(phrases: string[]): CompiledPhrases {
  const cached = compiledCache.get(phrases);
  if (cached) return cached;
  const list = [...phrases].map((phrase) => ({ phrase, words: phraseWords(phrase) })).sort((a, b) => b.words.length - a.words.length);
  const index = new Map<string, number[]>();
  list.forEach(({ words }, i) => {
    for (const w of new Set(words)) {
      const key = w.length >= PREFIX ? w.slice(0, PREFIX) : w;
      index.set(key, [...(index.get(key) ?? []), i]);
    }
  });
  const compiled = { list, index };
  compiledCache.set(phrases, compiled);
  return compiled;
}

function collect(window: Token[], words: string[], ordered: boolean): Token[] | null {
  const used: Token[] = [];
  let from = 0;
  for (const word of words) {
    const candidates = ordered ? window.slice(from) : window;
    const hit = candidates.find((t) => !used.includes(t) && wordMatches(t, word));
    if (!hit) return null;
    used.push(hit);
    from = window.indexOf(hit) + 1;
  }
  return used.sort((a, b) => a.index - b.index);
}

/**
 * Settings that turn a counter-pole word into a narrated event rather than a judgement: a
 * preposition right before it ("nach dem Abzug", "after the withdrawal"), a past-time adverb
 * or a hypothetical in its clause ("damals", "würde", "would", "ein möglicher Abzug").
 */
export const PAST_PREPOSITIONS = list(`nach dem, nach der, seit dem, seit der, after the, following the, since the`);

export const PAST_ADVERBS = list(`damals, seinerzeit, einst, ehemals, vormals, früher, in der Vergangenheit, back then,
  at the time, formerly, in the past`);

/** Folded, "könnte" equals the factual past "konnte": both make the mention no current judgement. */
export const HYPOTHETICALS = list(`würde, würden, wäre, wären, hätte, hätten, könnte, könnten, möglich, etwaig, falls,
  im Falle, would, could, might, possible, potential, hypothetical, in case of, if`);
