// Sentence kinds for check-worthiness that the cue words of cue-words.ts miss: records of what
// someone did in office (votes, bills signed) and the laws, budgets and taxes they concern;
// examples offered as evidence, corrections („nicht X, sondern Y“) and generalisations about
// groups; promises of the speaker („wir werden …“, "I'll …"), modal talk ("can", "will") and talk
// about the exchange itself (questions, answers, thanks). Small closed lists: grammar words, verbs
// of procedure and the handful of nouns for laws and public money.
import type { Lang } from '../types';
import type { Token } from './tokens';

type ActWords = {
  /** Verbs of a recorded act: a vote, a bill passed, signed or vetoed. */
  record: Set<string>;
  /** First-person subjects and the future/volition words that make a promise of them. */
  speakers: Set<string>;
  volition: Set<string>;
  /** Contracted promises ("we'll"). */
  promiseWords: Set<string>;
  /** Words about the exchange itself. */
  talk: Set<string>;
  example: string[][];
  /** Laws, budgets and taxes: the instruments a record or a policy claim is about. */
  policy: Set<string>;
  /** Modal verbs of possibility and future: what could or will be, not what is. */
  modal: Set<string>;
  /** Quantifiers of a generalisation about a group („alle Rentner“, "every family", „nie“). */
  generic: Set<string>;
  /** "actually", „sondern“: a correction that sets a fact against another claim. */
  correction: Set<string>;
  /** „nicht nur … sondern“ adds, it does not correct. */
  notCorrection: string;
};

const set = (words: string): Set<string> => new Set(words.split(' '));

const ACT_WORDS: Record<Lang, ActWords> = {
  en: {
    record: set('voted vetoed vetoes veto sponsored cosponsored co-sponsored enacted repealed ratified signed passed supported opposed'),
    speakers: set('i we'),
    volition: set('will going gonna want intend plan promise pledge'),
    promiseWords: set("i'll we'll i’ll we’ll"),
    talk: set('question questions answer answered tonight thank thanks agree disagree debate'),
    example: [['for', 'example'], ['for', 'instance']],
    policy: set('bill bills law laws legislation amendment treaty budget budgets deficit deficits debt tax taxes tariff tariffs spending subsidy subsidies regulation regulations'),
    modal: set("can could may might will won't cannot can't i'll we'll you'll they'll it'll"),
    generic: set('every everyone everybody all always never nobody most many none'),
    correction: set('actually'),
    notCorrection: 'only',
  },
  de: {
    record: set('abgestimmt gestimmt stimmte stimmten beschlossen beschloss verabschiedet unterzeichnet unterschrieben blockiert eingeführt abgeschafft'),
    speakers: set('ich wir'),
    volition: set('werde werden will wollen möchte möchten'),
    promiseWords: set(''),
    talk: set('frage fragen antwort kommentar kommentare diskussion danke'),
    example: [['z.b'], ['z', 'b'], ['zum', 'beispiel'], ['beispielsweise'], ['siehe']],
    policy: set('gesetz gesetze gesetzes gesetzen gesetzentwurf haushalt haushalts steuer steuern schulden abgabe abgaben subvention subventionen verordnung'),
    modal: set('kann kannst können könnt könnte könnten dürfte dürften mag mögen'),
    generic: set('jeder jede jedes jeden jedem alle allen immer nie niemals niemand keiner meisten viele vielen'),
    correction: set('sondern'),
    notCorrection: 'nur',
  },
};

export type ActName = 'record' | 'policy' | 'example' | 'correction' | 'generic' | 'modal' | 'promise' | 'talk';
export type ActCues = Partial<Record<ActName, string>>;

// Word-list acts: the first word of each list outside quotations fires it. One index per
// language (word → acts), so a sentence is scanned once.
const LISTED: Array<[ActName, (w: ActWords) => Set<string>]> = [
  ['record', (w) => w.record], // "voted against", „verabschiedet“
  ['policy', (w) => w.policy], // "the tax bill", „das Gesetz“
  ['generic', (w) => w.generic], // „Jeder Beamte bekommt …“, "most families pay …"
  ['modal', (w) => w.modal], // "can", "will", „könnte“: possibility or future, not a fact
  ['talk', (w) => w.talk], // "your question", "thank you", „danke“
];
const indexOf = (w: ActWords): Map<string, ActName[]> => {
  const index = new Map<string, ActName[]>();
  for (const [name, list] of LISTED) for (const word of list(w)) index.set(word, [...(index.get(word) ?? []), name]);
  return index;
};
const ACT_INDEX: Record<Lang, Map<string, ActName[]>> = { de: indexOf(ACT_WORDS.de), en: indexOf(ACT_WORDS.en) };
const SPEAKER_SUFFIX = /['’](?:m|re)$/;

// "we will", "I'm going to", „wir werden“, „werden wir“: the speaker's subject next to a word of
// future or will (one word may sit between: "we also will", „ich persönlich werde“).
const PROMISE_GAP = 2;
const promiseAt = (words: Token[], i: number, w: ActWords): string | null => {
  const t = words[i].lower;
  if (w.promiseWords.has(t)) return words[i].text;
  if (!w.speakers.has(t) && !(t.length <= 5 && w.speakers.has(t.replace(SPEAKER_SUFFIX, '')))) return null;
  for (let j = Math.max(0, i - 1); j <= Math.min(words.length - 1, i + PROMISE_GAP); j++) {
    if (j !== i && w.volition.has(words[j].lower)) return j < i ? `${words[j].text} ${words[i].text}` : `${words[i].text} … ${words[j].text}`;
  }
  return null;
};

// „nicht X, sondern Y“, "that's actually …": the sentence corrects another account.
const CORRECTION_LOOKBACK = 6;
const correctionAt = (words: Token[], i: number, w: ActWords): string | null => {
  if (!w.correction.has(words[i].lower)) return null;
  for (let k = Math.max(0, i - CORRECTION_LOOKBACK); k < i; k++) if (words[k].lower === w.notCorrection) return null;
  return words[i].text;
};

// "for example", „z. B.“: an instance offered as evidence (quoted or not).
const exampleIn = (tokens: Token[], w: ActWords): string | null => {
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i].lower;
    for (const ws of w.example) if (ws[0] === first && ws.every((x, k) => tokens[i + k]?.lower === x)) return ws.join(' ');
  }
  return null;
};

/** The acts of a sentence, each with the first cue that fired, in one pass over its words. */
export const findActCues = (tokens: Token[], lang: Lang): ActCues => {
  const w = ACT_WORDS[lang];
  const index = ACT_INDEX[lang];
  const words = tokens.filter((t) => !t.inQuote && t.isWord);
  const cues: ActCues = {};
  for (let i = 0; i < words.length; i++) {
    const listed = index.get(words[i].lower);
    if (listed) for (const name of listed) cues[name] ??= words[i].text;
    cues.promise ??= promiseAt(words, i, w) ?? undefined;
    cues.correction ??= correctionAt(words, i, w) ?? undefined;
  }
  const example = exampleIn(tokens, w);
  if (example) cues.example = example;
  return cues;
};
