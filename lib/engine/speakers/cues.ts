// Speech cues: verbs of saying and attribution markers, German and English.
import type { Lang } from '../types';

const DE_VERBS = [
  'sagte', 'sagt', 'sagten', 'gesagt', 'erklärte', 'erklärt', 'erklärten', 'betonte', 'betont',
  'betonten', 'versicherte', 'versichert', 'spekulierte', 'spekuliert', 'argumentiert',
  'argumentierte', 'meinte', 'meint', 'warnte', 'warnt', 'gewarnt', 'forderte', 'fordert',
  'forderten', 'gefordert', 'behauptete', 'behauptet', 'berichtete', 'berichtet', 'bestätigte',
  'bestätigt', 'kritisierte', 'kritisiert', 'mahnte', 'mahnt', 'unterstrich', 'unterstreicht',
  'schrieb', 'schreibt', 'twitterte', 'erläuterte', 'erläutert', 'verkündete', 'verkündet',
  'versprach', 'verspricht', 'bekräftigte', 'bekräftigt', 'antwortete', 'entgegnete', 'sprach',
  'räumte', 'räumt', 'fügte', 'fügt', 'kündigte', 'kündigt', 'kündigten', 'teilte', 'teilt',
  'wies', 'weist', 'stellte', 'stellt', 'hob', 'hebt', 'gab', 'gibt', 'angekündigt', 'mitgeteilt',
  'hinzugefügt', 'zitiert', 'äußerte', 'äußert', 'bezeichnete', 'bezeichnet',
  'beklagte', 'beklagt', 'glaubt', 'glaubte', 'vermutete', 'vermutet',
];

// Separable verbs: the finite form needs its particle later in the clause ("kündigte … an").
const DE_SEPARABLE: Record<string, string[]> = {
  räumte: ['ein'], räumt: ['ein'], fügte: ['hinzu'], fügt: ['hinzu'], kündigte: ['an'],
  kündigt: ['an'], kündigten: ['an'], teilte: ['mit'], teilt: ['mit'], wies: ['hin'],
  weist: ['hin'], stellte: ['klar', 'fest'], stellt: ['klar', 'fest'], hob: ['hervor'],
  hebt: ['hervor'], gab: ['an', 'zu', 'bekannt'], gibt: ['an', 'zu', 'bekannt'],
  bezeichnete: [], bezeichnet: [],
};

const EN_VERBS = [
  'said', 'says', 'say', 'stated', 'states', 'told', 'tells', 'added', 'adds', 'warned', 'warns',
  'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'explained', 'explains',
  'noted', 'notes', 'stressed', 'stresses', 'announced', 'announces', 'wrote', 'writes',
  'asserted', 'asserts', 'confirmed', 'confirms', 'denied', 'denies', 'reported', 'tweeted',
  'speculated', 'suggested', 'acknowledged', 'admitted', 'emphasized', 'emphasised', 'urged',
  'believes', 'believed', 'predicted', 'promised', 'replied', 'answered',
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
  de: [['laut'], ['nach', 'angaben', 'von'], ['nach', 'angaben', 'des'], ['nach', 'angaben', 'der'], ['nach', 'angaben']],
  en: [['according', 'to'], ['as', 'reported', 'by']],
};

/** Postpositional attribution: the speaker precedes ("X zufolge"). */
export const ATTRIBUTION_AFTER: Record<Lang, string[]> = { de: ['zufolge'], en: [] };

export const SPEECH_THAT: Record<Lang, Set<string>> = { de: new Set(['dass']), en: new Set(['that']) };
