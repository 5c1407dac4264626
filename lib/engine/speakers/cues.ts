// Speech cues: verbs of saying and attribution markers, German and English.
import type { Lang } from '../types';

const DE_VERBS = [
  'sagte', 'sagt', 'sagten', 'gesagt', 'erklärte', 'erklärt', 'erklärten', 'betonte', 'betont',
  'betonten', 'versicherte', 'versichert', 'spekulierte', 'spekuliert', 'argumentiert',
  'argumentierte', 'meinte', 'meint', 'warnte', 'warnt', 'warnten', 'gewarnt', 'forderte', 'fordert',
  'forderten', 'fordern', 'gefordert', 'behauptete', 'behauptet', 'berichtete', 'berichtet', 'bestätigte',
  'bestätigt', 'kritisierte', 'kritisiert', 'mahnte', 'mahnt', 'unterstrich', 'unterstreicht',
  'schrieb', 'schreibt', 'twitterte', 'erläuterte', 'erläutert', 'verkündete', 'verkündet',
  'versprach', 'verspricht', 'bekräftigte', 'bekräftigt', 'antwortete', 'entgegnete', 'sprach',
  'räumte', 'räumt', 'fügte', 'fügt', 'kündigte', 'kündigt', 'kündigten', 'teilte', 'teilt', 'teilten',
  'wies', 'weist', 'stellte', 'stellt', 'hob', 'hebt', 'gab', 'gibt', 'angekündigt', 'mitgeteilt',
  'hinzugefügt', 'zitiert', 'äußerte', 'äußert', 'bezeichnete', 'bezeichnet', 'beklagte', 'beklagt',
  'beklagen', 'glaubt', 'glaubte', 'vermutete', 'vermutet', 'bestritt', 'bestreitet', 'dementierte',
  'dementiert', 'betonen', 'sagen', 'erklären', 'warnen', 'kritisieren', 'berichten', 'schätzt',
  'schätzen', 'schätzte', 'räumten', 'wiesen', 'geht', 'gehen', 'ging', 'hält', 'halten', 'hielt',
  'zeigt', 'zeigen', 'zeigte', 'belegt', 'belegen', 'ergab', 'ergibt', 'befürchtet', 'befürchten',
  'befürchtete', 'fürchtet', 'fürchten', 'hofft', 'hoffen', 'hoffte', 'bezweifelt', 'bezweifeln',
  'warf', 'wirft', 'warfen', 'werfen',
];

/** "Ehrlich gesagt", "kurz gesagt": discourse adverbs, not a report of speech. */
export const DE_SAID_IDIOMS = new Set(['ehrlich', 'offen', 'kurz', 'anders', 'gelinde', 'grob', 'nebenbei', 'salopp', 'vorsichtig', 'wie']);

/** Particles that turn a speech verb into another verb: "sagte … ab" (cancelled), "sagte … zu" (agreed). */
export const DE_NOT_SPEECH_PARTICLES: Record<string, string[]> = {
  sagte: ['ab', 'zu'], sagt: ['ab', 'zu'], sagten: ['ab', 'zu'], sprach: ['aus', 'ab', 'an'],
};

// Separable verbs: the finite form needs its particle later in the clause ("kündigte … an").
const DE_SEPARABLE: Record<string, string[]> = {
  räumte: ['ein'], räumt: ['ein'], räumten: ['ein'], fügte: ['hinzu'], fügt: ['hinzu'], kündigte: ['an'],
  kündigt: ['an'], kündigten: ['an'], teilte: ['mit'], teilt: ['mit'], teilten: ['mit'], wies: ['hin', 'zurück'],
  weist: ['hin', 'zurück'], wiesen: ['hin', 'zurück'], stellte: ['klar', 'fest'], stellt: ['klar', 'fest'],
  hob: ['hervor'], hebt: ['hervor'], gab: ['an', 'zu', 'bekannt'], gibt: ['an', 'zu', 'bekannt'],
  geht: ['aus'], gehen: ['aus'], ging: ['aus'], warf: ['vor'], wirft: ['vor'], warfen: ['vor'], werfen: ['vor'],
};

/** Verbs that need a "für" complement to report an opinion: "hält die Pläne für verfehlt". */
export const DE_FRAME: Record<string, string> = { hält: 'für', halten: 'für', hielt: 'für' };

/** Verbs that only report speech with a clause (":", quote, "dass", Konjunktiv), not with an object. */
export const CLAUSE_ONLY = new Set([
  'forderte', 'fordert', 'forderten', 'fordern', 'gefordert', 'kritisierte', 'kritisiert', 'kritisieren',
  'mahnte', 'mahnt', 'versprach', 'verspricht', 'warnte', 'warnt', 'warnten', 'warnen', 'gewarnt',
  'bestätigte', 'bestätigt', 'berichtete', 'berichtet', 'berichten', 'schrieb', 'schreibt', 'zeigt',
  'zeigen', 'zeigte', 'belegt', 'belegen', 'ergab', 'ergibt', 'schätzt', 'schätzen', 'schätzte',
  'sagen', 'erklären', 'sprach', 'glaubt', 'glaubte', 'meint', 'meinte', 'befürchtet', 'befürchten',
  'befürchtete', 'fürchtet', 'fürchten', 'hofft', 'hoffen', 'hoffte', 'bezweifelt', 'bezweifeln',
  'fears', 'feared', 'fear', 'hopes', 'hoped', 'believe', 'estimate', 'allege', 'doubts', 'doubted',
  'reported', 'wrote', 'writes', 'promised', 'found', 'finds', 'shows', 'show', 'showed',
  'estimates', 'estimated', 'believes', 'believed', 'predicted', 'suggest', 'suggests', 'suggested',
  'claims', 'claimed', 'states', 'notes', 'noted',
]);

const EN_VERBS = [
  'said', 'says', 'say', 'stated', 'states', 'told', 'tells', 'added', 'adds', 'warned', 'warns',
  'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'explained', 'explains',
  'noted', 'notes', 'stressed', 'stresses', 'announced', 'announces', 'wrote', 'writes',
  'asserted', 'asserts', 'confirmed', 'confirms', 'denied', 'denies', 'reported', 'tweeted',
  'speculated', 'suggested', 'suggest', 'suggests', 'acknowledged', 'admitted', 'emphasized',
  'emphasised', 'urged', 'believes', 'believed', 'predicted', 'promised', 'replied', 'answered',
  'conceded', 'concedes', 'cautioned', 'accused', 'accuses', 'estimates', 'estimated', 'found',
  'finds', 'shows', 'show', 'showed', 'revealed', 'reveals', 'disclosed', 'alleged', 'alleges',
  'maintained', 'maintains', 'pointed', 'declared', 'recalled', 'countered', 'complained',
  'argue', 'warn', 'insist', 'contend', 'contends', 'contended', 'maintain', 'claim', 'believe',
  'estimate', 'allege', 'fear', 'fears', 'feared', 'hopes', 'hoped', 'doubts', 'doubted', 'stress', 'note',
];

export type CueEntry = { verb: boolean; particles: string[] };

const build = (verbs: string[], separable: Record<string, string[]>): Map<string, CueEntry> => {
  const map = new Map<string, CueEntry>();
  for (const v of verbs) map.set(v, { verb: true, particles: separable[v] ?? [] });
  return map;
};

export const SPEECH_VERBS: Record<Lang, Map<string, CueEntry>> = {
  de: build(DE_VERBS, DE_SEPARABLE),
  en: build(EN_VERBS, {}),
};

/** Prepositional attribution: the speaker follows ("laut X", "according to X"). */
export const ATTRIBUTION_BEFORE: Record<Lang, string[][]> = {
  de: [
    ['laut'], ['nach', 'angaben', 'von'], ['nach', 'angaben', 'des'], ['nach', 'angaben', 'der'],
    ['nach', 'schätzungen', 'von'], ['nach', 'schätzungen'], ['nach', 'einschätzung', 'von'],
    ['nach', 'einschätzung'], ['nach', 'informationen'], ['nach', 'angaben'], ['heißt', 'es'],
    ['hieß', 'es'], ['wie', 'aus'],
  ],
  en: [['according', 'to'], ['as', 'reported', 'by'], ['citing']],
};

/** Self-attribution: the sentence subject is the source ("nach eigenen Angaben", "by its own account"). */
export const SELF_ATTRIBUTION: Record<Lang, string[][]> = {
  de: [['nach', 'eigenen', 'angaben'], ['nach', 'eigener', 'einschätzung'], ['nach', 'eigener', 'darstellung'], ['eigenen', 'angaben', 'zufolge']],
  en: [['by', 'its', 'own', 'account'], ['by', 'their', 'own', 'account']],
};

/** Postpositional attribution: the speaker precedes ("X zufolge"). */
export const ATTRIBUTION_AFTER: Record<Lang, string[]> = { de: ['zufolge'], en: [] };

export const SPEECH_THAT: Record<Lang, Set<string>> = { de: new Set(['dass']), en: new Set(['that']) };
