// Pure scoring rules of the SpkAtt evaluation: speaker strings, pronoun speakers, per-event outcome.

/** Pronouns and pronoun-like words that make an annotated speaker a "pronoun speaker" (not named). */
const PRONOUN_WORDS = new Set([
  'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man', 'mich', 'mir', 'dich', 'dir', 'ihn', 'ihm', 'uns', 'euch',
  'ihnen', 'sich', 'mein', 'meine', 'meiner', 'meinem', 'meinen', 'meines', 'dein', 'deine', 'deiner', 'deinem',
  'deinen', 'sein', 'seine', 'seiner', 'seinem', 'seinen', 'seines', 'ihre', 'ihrer', 'ihrem', 'ihren', 'ihres',
  'unser', 'unsere', 'unserer', 'unserem', 'unseren', 'unseres', 'euer', 'eure', 'eurer', 'eurem', 'euren',
  'wer', 'jemand', 'niemand', 'die', 'der', 'das', 'dem', 'den', 'denen', 'deren', 'dessen', 'dies', 'diese',
  'dieser', 'welche', 'selbst', 'alle', 'von', 'auch', 'beide', 'beiden',
]);
/** Words left out when speaker strings are compared by token overlap. */
const FUNCTION_WORDS = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'von', 'vom',
  'und', 'auch', 'im', 'in', 'aus', 'für', 'mit', 'zu', 'zur', 'zum', 'bei', 'the', 'a', 'an', 'of', 'and',
  'herr', 'herrn', 'frau',
]);

export const normaliseSpeaker = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

const tokensOf = (s: string): string[] =>
  normaliseSpeaker(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !FUNCTION_WORDS.has(w));

/** An annotated speaker made only of pronouns and function words ("ich", "Sie", "wir alle", "von Ihnen"). */
export const isPronounSpeaker = (speaker: string): boolean =>
  normaliseSpeaker(speaker)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0)
    .every((w) => PRONOUN_WORDS.has(w));

/** Token-overlap F1 between two speaker strings (content words only). */
export const speakerTokenF1 = (gold: string, predicted: string): number => {
  const g = new Set(tokensOf(gold));
  const p = new Set(tokensOf(predicted));
  if (!g.size || !p.size) return 0;
  let common = 0;
  for (const w of p) if (g.has(w)) common++;
  if (!common) return 0;
  const precision = common / p.size;
  const recall = common / g.size;
  return (2 * precision * recall) / (precision + recall);
};

// Determiners a speaker span may start with: SpkAtt keeps them („die Bundesregierung"), Claimscope does not.
const LEADING_DETERMINERS = /^(?:(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|unser|unsere|unserer|unseres|unserem|unseren|the|a|an|herr|herrn|frau)\s+)+/u;

/** Equal once whitespace, case and leading determiners are normalised. */
export const isExactWithoutArticle = (gold: string, predicted: string): boolean =>
  normaliseSpeaker(gold).replace(LEADING_DETERMINERS, '') === normaliseSpeaker(predicted).replace(LEADING_DETERMINERS, '');

export type Outcome = 'no-claim' | 'no-speaker' | 'wrong' | 'partial' | 'exact';

/** Best outcome of the speakers of the claims overlapping an event's sentence (null = unattributed claim). */
export type EventScore = { outcome: Outcome; f1: number; predicted: string | null; withoutArticle: boolean };

export const scoreEvent = (gold: string, claimSpeakers: Array<string | null>): EventScore => {
  if (!claimSpeakers.length) return { outcome: 'no-claim', f1: 0, predicted: null, withoutArticle: false };
  const named = claimSpeakers.filter((s): s is string => s !== null);
  if (!named.length) return { outcome: 'no-speaker', f1: 0, predicted: null, withoutArticle: false };
  const goldNorm = normaliseSpeaker(gold);
  const exact = named.find((s) => normaliseSpeaker(s) === goldNorm);
  if (exact) return { outcome: 'exact', f1: 1, predicted: exact, withoutArticle: true };
  const scored = named.map((s) => ({ s, f1: speakerTokenF1(gold, s) })).sort((a, b) => b.f1 - a.f1);
  const best = scored[0];
  const withoutArticle = named.some((s) => isExactWithoutArticle(gold, s));
  return { outcome: best.f1 > 0 ? 'partial' : 'wrong', f1: best.f1, predicted: best.s, withoutArticle };
};

export type Tally = { events: number; noClaim: number; noSpeaker: number; wrong: number; partial: number; exact: number; withoutArticle: number; f1: number };

export const emptyTally = (): Tally => ({ events: 0, noClaim: 0, noSpeaker: 0, wrong: 0, partial: 0, exact: 0, withoutArticle: 0, f1: 0 });

export const addOutcome = (t: Tally, { outcome, f1, withoutArticle }: Pick<EventScore, 'outcome' | 'f1' | 'withoutArticle'>): void => {
  t.events++;
  t.f1 += f1;
  if (withoutArticle) t.withoutArticle++;
  if (outcome === 'no-claim') t.noClaim++;
  else if (outcome === 'no-speaker') t.noSpeaker++;
  else if (outcome === 'wrong') t.wrong++;
  else if (outcome === 'partial') t.partial++;
  else t.exact++;
};
