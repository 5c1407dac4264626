// Closed-class cue words for the check-worthiness features (check-features.ts) and subjectivity:
// pronouns, modal verbs, conjunctions, time adverbs, comparison markers and a few verbs of change.
// Grammar words, not topic vocabulary; judgement words come from the evaluative lexicons.
import { DE_CAUSAL } from '../lang/de';
import { EN_CAUSAL } from '../lang/en';
import type { Lang } from '../types';
import type { FeatureName } from './check-features';

type CueLists = {
  than: string;
  comparatives: Set<string>;
  comparativeHeads: Set<string>;
  notComparative: Set<string>;
  /** Articles before a superlative, and -est/-ste words that are not superlatives. */
  superlativeArticles: Set<string>;
  notSuperlative: Set<string>;
  superlative: RegExp;
  timeWords: Set<string>;
  timePhrases: Phrases;
  existence: Phrases;
  factFrames: Phrases;
  pastForms: Set<string>;
  notPast: Set<string>;
  perfectAux: Set<string>;
  changeForms: Set<string>;
  /** Stems of change verbs, matched at the start of a word. */
  changePrefix: RegExp;
  sourceWords: Set<string>;
  sourcePhrases: Phrases;
  opinionFrames: Phrases;
  firstPerson: Set<string>;
  secondPerson: Set<string>;
  obligations: Set<string>;
  obligationPhrases: Phrases;
  conditionals: Set<string>;
  causal: Set<string>;
};

type Phrases = string[][];
type PhraseEntry = { words: string[]; feature: FeatureName };

export type CueWords = CueLists & {
  /** Word → the features it cues; phrase first word → the phrases it starts (one scan per sentence). */
  wordIndex: Map<string, FeatureName[]>;
  phraseIndex: Map<string, PhraseEntry[]>;
};

const set = (words: string): Set<string> => new Set(words.split(' '));
const phrases = (list: string): Phrases => list.split(',').map((p) => p.trim().split(' '));

const withIndexes = (lists: CueLists): CueWords => {
  const wordIndex = new Map<string, FeatureName[]>();
  const byWord: Array<[FeatureName, Set<string>]> = [
    ['time', lists.timeWords], ['causal', lists.causal], ['source', lists.sourceWords], ['first-person', lists.firstPerson],
    ['second-person', lists.secondPerson], ['obligation', lists.obligations], ['conditional', lists.conditionals],
  ];
  for (const [feature, words] of byWord) for (const w of words) wordIndex.set(w, [...(wordIndex.get(w) ?? []), feature]);
  const phraseIndex = new Map<string, PhraseEntry[]>();
  const byPhrase: Array<[FeatureName, Phrases]> = [
    ['time', lists.timePhrases], ['existence', lists.existence], ['fact-frame', lists.factFrames], ['source', lists.sourcePhrases],
    ['opinion', lists.opinionFrames], ['obligation', lists.obligationPhrases],
  ];
  for (const [feature, list] of byPhrase) for (const words of list) phraseIndex.set(words[0], [...(phraseIndex.get(words[0]) ?? []), { words, feature }]);
  return { ...lists, wordIndex, phraseIndex };
};

const EN: CueLists = {
  than: 'than',
  comparatives: set('twice double doubled tripled half compared versus'),
  comparativeHeads: set('more less fewer higher lower larger smaller bigger greater better worse faster slower'),
  notComparative: set('other rather either whether neither never ever over under after'),
  superlativeArticles: set('the its their our his her'),
  notSuperlative: set('best worst most least rest interest test west honest latest modest protest request forest earnest harvest contest arrest manifest guest chest nest'),
  superlative: /^\p{Ll}{2,}est$/u,
  timeWords: set('yesterday ago since during recently previously formerly already years months decade decades century'),
  timePhrases: phrases('last year, last week, last month, last night, last time, this year, in the past'),
  existence: phrases('there is, there are, there was, there were, there has been, there have been, there\'s'),
  factFrames: phrases('the fact is, the truth is, in fact, the fact of the matter, the record shows'),
  pastForms: set(
    'was were had did said went told saw knew took gave found left kept sent spent sold bought brought built ran came became ' +
      'began broke chose drove fought held hit lost meant met put rose fell grew cut made paid won voted passed signed',
  ),
  notPast: set('need needed interested concerned supposed used based tired excited worried prepared involved red bed'),
  perfectAux: set('has have had'),
  changeForms: set('rose risen fell fallen grew grown cut cuts doubled tripled dropped lost gained raised lowered added'),
  changePrefix: /^(?:increas|decreas|declin|reduc|expand|shrank|shrunk)/,
  sourceWords: set('study report survey poll data statistics figures census analysis'),
  sourcePhrases: phrases('according to, as reported, the numbers show, records show'),
  opinionFrames: phrases(
    'i think, i believe, i feel, i hope, i guess, in my opinion, in my view, i am sure, i\'m sure, i\'m convinced, we believe, ' +
      'i want, i would like, let me, let\'s, let us, i am proud, i\'m proud, i am glad, i\'m glad',
  ),
  firstPerson: set("i me my mine myself i'm i've i'd i'll"),
  secondPerson: set("you your yours yourself you're you've you'll"),
  obligations: set('should must ought need needs'),
  obligationPhrases: phrases('need to, needs to, have to, has to, got to, gotta'),
  conditionals: set('if unless would wouldn\'t'),
  causal: new Set(EN_CAUSAL),
};

const DE: CueLists = {
  than: 'als',
  comparatives: set('doppelt doppelte doppelten halb hälfte verglichen gegenüber'),
  comparativeHeads: set('mehr weniger höher niedriger größer kleiner besser schlechter schneller langsamer früher später'),
  notComparative: set('aber oder wieder immer aller dieser jener seiner ihrer unser euer sondern der oder weder jeder'),
  superlativeArticles: set('der die das den dem des am'),
  notSuperlative: set('beste besten bester bestes meisten meiste letzte letzten ersten erste nächsten nächste selbst'),
  superlative: /^\p{Ll}{3,}(?:st|ßt)(?:e|en|er|es|em)$/u,
  timeWords: set('gestern vorgestern damals bisher bislang seit seitdem inzwischen mittlerweile jahrelang jahrzehntelang früher zuletzt jahre jahren monate monaten jahrzehnte jahrzehnten'),
  timePhrases: phrases('letztes jahr, letzten jahr, im letzten, vergangenen jahr, im vergangenen, in den letzten, noch nie'),
  existence: phrases('es gibt, gibt es, es gab, gab es, es existiert, existiert'),
  factFrames: phrases('fakt ist, tatsache ist, tatsächlich, nachweislich, bekanntlich, stimmt nicht, ist falsch'),
  pastForms: set('war waren wurde wurden hatte hatten gab sagte sagten ging kam stieg sank fiel wuchs'),
  notPast: set('gesagt gerecht geeignet gewalt gesamt gestalt gericht gedacht gemeint'),
  perfectAux: set('hat haben hatte hatten ist sind war waren wurde wurden'),
  changeForms: set('gestiegen gesunken gefallen gewachsen gekürzt verdoppelt halbiert erhöht gesenkt gestrichen verloren'),
  changePrefix: /^(?:steig|sink|erhöh|senk|kürz|verdoppel|verringer|zunehm|abnehm)/,
  sourceWords: set('studie bericht umfrage statistik daten zahlen analyse gutachten quelle'),
  sourcePhrases: phrases('laut, zufolge, nach angaben'),
  opinionFrames: phrases(
    'ich finde, finde ich, ich glaube, ich denke, ich hoffe, meiner meinung nach, meines erachtens, aus meiner sicht, ' +
      'meiner ansicht nach, ich bin überzeugt, ich bin der meinung, ich will, ich möchte, lasst uns, wir sollten',
  ),
  firstPerson: set('ich mir mich mein meine meinen meinem meiner'),
  secondPerson: set('du dich dir dein deine deinen deinem deiner euch euer eure euren eurem'),
  obligations: set('sollte sollten solltet sollst müsste müssten muss musst müssen müsst'),
  obligationPhrases: phrases('es braucht, wir brauchen, man sollte, man muss'),
  conditionals: set('wenn falls würde würden wäre wären hätte hätten'),
  causal: new Set(DE_CAUSAL),
};

export const CUE_WORDS: Record<Lang, CueWords> = { de: withIndexes(DE), en: withIndexes(EN) };
