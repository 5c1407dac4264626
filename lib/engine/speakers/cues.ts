// Speech cues: verbs of saying and attribution markers, German and English.
import type { Lang } from '../types';
import { CLAIM_VERB_FORMS } from './claim-verbs';

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
  // Verb-final forms of separable verbs in subordinate clauses ("wie die Stadt mitteilte").
  'mitteilte', 'mitteilten', 'mitteilt', 'ankündigte', 'ankündigten', 'bekanntgab', 'bekanntgaben',
  'einräumte', 'einräumten', 'zurückwies', 'zurückwiesen', 'hinwies', 'hinzufügte', 'klarstellte',
  'hervorhob', 'vorwarf', 'vorwarfen',
  // Need a complement (DE_FRAME / CLAUSE_ONLY): "beziffert … auf", "verwies auf", "nannte „…“".
  'beziffert', 'bezifferte', 'bezifferten', 'beziffern', 'verwies', 'verweist', 'verwiesen', 'verweisen',
  // Past only: „nannte den Vorschlag „…“" reports an utterance, „nennt das Konzept „…“" labels.
  'nannte', 'nannten',
  // Need a source subject (SOURCE_SUBJECT_VERBS): "Die Polizei meldete drei Festnahmen".
  'meldete', 'meldet', 'meldeten', 'fand', 'fanden', 'findet',
  // Plural past forms.
  'kritisierten', 'bestätigten', 'behaupteten', 'berichteten', 'mahnten', 'meinten', 'beklagten',
  'bezeichneten', 'bestritten', 'äußerten', 'versicherten', 'unterstrichen', 'schrieben', 'verkündeten',
  'gehört',
];

/** "Ehrlich gesagt", "kurz gesagt": discourse adverbs, not a report of speech. */
export const DE_SAID_IDIOMS = new Set(['ehrlich', 'offen', 'kurz', 'anders', 'gelinde', 'grob', 'nebenbei', 'salopp', 'vorsichtig', 'wie']);

/** Particles that turn a speech verb into another verb: "sagte … ab" (cancelled), "sagte … zu" (agreed). */
export const DE_NOT_SPEECH_PARTICLES: Record<string, string[]> = {
  sagte: ['ab', 'zu'], sagt: ['ab', 'zu'], sagten: ['ab', 'zu'], sprach: ['aus', 'ab', 'an'],
  // "meldete Insolvenz an" (filed), "meldete sich zurück"; "fand … statt" (took place).
  meldete: ['an', 'ab', 'zurück'], meldet: ['an', 'ab', 'zurück'], meldeten: ['an', 'ab', 'zurück'],
  fand: ['statt'], fanden: ['statt'], findet: ['statt'],
};

// Separable verbs: the finite form needs its particle later in the clause ("kündigte … an").
const DE_SEPARABLE: Record<string, string[]> = {
  räumte: ['ein'], räumt: ['ein'], räumten: ['ein'], fügte: ['hinzu'], fügt: ['hinzu'], kündigte: ['an'],
  kündigt: ['an'], kündigten: ['an'], teilte: ['mit'], teilt: ['mit'], teilten: ['mit'], wies: ['hin', 'zurück'],
  weist: ['hin', 'zurück'], wiesen: ['hin', 'zurück'], stellte: ['klar', 'fest'], stellt: ['klar', 'fest'],
  hob: ['hervor'], hebt: ['hervor'], gab: ['an', 'zu', 'bekannt'], gibt: ['an', 'zu', 'bekannt'],
  geht: ['aus'], gehen: ['aus'], ging: ['aus'], warf: ['vor'], wirft: ['vor'], warfen: ['vor'], werfen: ['vor'],
};

/** Verbs that need a complement word to report: "hält die Pläne für verfehlt", "beziffert den Schaden auf". */
export const DE_FRAME: Record<string, string> = {
  hält: 'für', halten: 'für', hielt: 'für', beziffert: 'auf', bezifferte: 'auf', bezifferten: 'auf',
  beziffern: 'auf', verwies: 'auf', verweist: 'auf', verwiesen: 'auf', verweisen: 'auf',
};

/** Clause-only verbs that also report with one complement word: "schätzt die Kosten auf", "nannte als Grund". */
export const ALT_FRAME: Record<string, string> = {
  schätzt: 'auf', schätzen: 'auf', schätzte: 'auf', schätzten: 'auf', nannte: 'als', nannten: 'als', blamed: 'on', blames: 'on', blame: 'on',
};

/**
 * Verbs that report only with a source as subject (an organisation, a named person, "police",
 * "researchers") or with a clause: "The CDC reported 1,200 cases", not "Sales reported …".
 * The value says which subjects count: any source, or research bodies only (findings).
 */
export const SOURCE_SUBJECT_VERBS: Record<string, 'source' | 'research'> = {
  meldete: 'source', meldet: 'source', meldeten: 'source', reported: 'source', reports: 'source',
  estimate: 'source', estimates: 'source', estimated: 'source',
  fand: 'research', fanden: 'research', findet: 'research', found: 'research', finds: 'research', find: 'research',
};

/** Head nouns of unnamed sources ("die Polizei", "local officials", "Experten"). */
export const SOURCE_NOUNS = new Set([
  'polizei', 'feuerwehr', 'behörde', 'behörden', 'ministerium', 'amt', 'regierung', 'experten', 'expertinnen',
  'fachleute', 'analysten', 'ökonomen', 'gericht', 'staatsanwaltschaft', 'unternehmen', 'konzern', 'verband',
  'police', 'officials', 'authorities', 'agency', 'ministry', 'department', 'government', 'experts', 'analysts',
  'economists', 'company', 'firm', 'court', 'prosecutors', 'spokesperson', 'spokesman', 'spokeswoman',
  ...['forscher', 'forscherinnen', 'wissenschaftler', 'wissenschaftlerinnen', 'studie', 'untersuchung', 'analyse'],
  ...['umfrage', 'autoren', 'ermittler', 'researchers', 'scientists', 'study', 'survey', 'analysis', 'review'],
  ...['authors', 'investigators', 'auditors', 'team', 'report', 'bericht', 'prüfer', 'rechnungshof', 'poll'],
  // Political and social groups as actors: „Die Grünen fordern", "the opposition urged".
  ...['fraktion', 'partei', 'opposition', 'koalition', 'gewerkschaft', 'gewerkschaften', 'kommission', 'kabinett'],
  ...['grünen', 'linke', 'union', 'verbände', 'kritiker', 'gegner', 'befürworter', 'arbeitgeber', 'kirche', 'kollegen', 'abgeordneten', 'grüne'],
  ...['party', 'opposition', 'coalition', 'union', 'unions', 'critics', 'opponents', 'lawmakers', 'democrats', 'republicans'],
  // Associations and citizens groups: Mietervereine fordern, eine Buergerinitiative, advocates, campaigners.
  ...['verein', 'vereine', 'vereinen', 'initiative', 'initiativen', 'bündnis', 'stiftung', 'institut', 'verteidigung', 'anklage'],
  ...['association', 'group', 'groups', 'advocates', 'campaigners', 'activists', 'residents', 'organizers', 'organisers'],
]);

/** Source nouns long enough to mark a compound head („Bundesregierung", „Linksfraktion"). */
export const SOURCE_HEADS = [...SOURCE_NOUNS].filter((w) => w.length >= 5);

/** Sources whose "found/fanden" reports a finding ("Researchers found no link"). */
export const RESEARCH_NOUNS = new Set([
  'forscher', 'forscherinnen', 'wissenschaftler', 'wissenschaftlerinnen', 'studie', 'untersuchung', 'analyse',
  'umfrage', 'autoren', 'ermittler', 'prüfer', 'forscherteam', 'researchers', 'scientists', 'study', 'survey',
  'analysis', 'review', 'authors', 'investigators', 'auditors', 'team', 'report', 'bericht', 'poll', 'audit',
]);

/** Verbs that only report speech with a clause (":", quote, "dass", Konjunktiv), not with an object. */
export const CLAUSE_ONLY = new Set([
  'forderte', 'fordert', 'forderten', 'fordern', 'gefordert', 'kritisierte', 'kritisiert', 'kritisieren', 'kritisierten',
  'bestätigten', 'berichteten', 'mahnten', 'meinten', 'schrieben',
  'mahnte', 'mahnt', 'versprach', 'verspricht', 'warnte', 'warnt', 'warnten', 'warnen', 'gewarnt',
  'bestätigte', 'bestätigt', 'berichtete', 'berichtet', 'berichten', 'schrieb', 'schreibt', 'zeigt',
  'zeigen', 'zeigte', 'belegt', 'belegen', 'ergab', 'ergibt', 'schätzt', 'schätzen', 'schätzte',
  'sagen', 'erklären', 'sprach', 'glaubt', 'glaubte', 'meint', 'meinte', 'befürchtet', 'befürchten',
  'befürchtete', 'fürchtet', 'fürchten', 'hofft', 'hoffen', 'hoffte', 'bezweifelt', 'bezweifeln',
  'fears', 'feared', 'fear', 'hopes', 'hoped', 'believe', 'estimate', 'allege', 'doubts', 'doubted',
  'reported', 'wrote', 'writes', 'promised', 'found', 'finds', 'shows', 'show', 'showed',
  'estimates', 'estimated', 'believes', 'believed', 'predicted', 'suggest', 'suggests', 'suggested',
  'claims', 'claimed', 'states', 'notes', 'noted', 'nannte', 'nannten', 'confirmed', 'confirms',
  'meldete', 'meldet', 'meldeten', 'fand', 'fanden', 'findet', 'find', 'reports',
  // Also plain verbs: "The company added 300 jobs", "The team argued for hours", "called a meeting".
  'added', 'adds', 'add', 'argued', 'argues', 'argue', 'called', 'calls',
  // Hearsay: "heard they're raising rents", „hab gehört, dass …"; not "heard a noise", „gehört der Stadt".
  'heard', 'gehört',
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
  'blamed', 'blames', 'blame', 'complain', 'complains', 'called', 'calls', 'reports', 'find', 'observed',
  'testified', 'acknowledges', 'admits', 'recalls', 'heard',
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
    // Judgements and findings of a body: "Nach Überzeugung der Kammer", "nach Ansicht von Experten".
    ['nach', 'überzeugung'], ['nach', 'auffassung'], ['nach', 'ansicht'], ['nach', 'darstellung'],
    ['nach', 'erkenntnissen'], ['nach', 'aussage'], ['nach', 'aussagen'], ['nach', 'berechnungen'],
    ['nach', 'worten'], ['nach', 'recherchen'], ['nach', 'ermittlungen'], ['nach', 'daten'], ['nach', 'zahlen'],
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

// Claim verbs (claim-verbs.ts) add the forms not listed above: a new form needs a clause (or its
// complement word), a separable form its particle.
/** Forms that report only right after one of these words („deutlich gemacht", „klar machen"). */
export const DE_WORD_BEFORE: Record<string, string[]> = {};

const addClaimVerbs = (lang: Lang): void => {
  for (const f of CLAIM_VERB_FORMS[lang]) {
    if (f.wordBefore) {
      // A two-word form is its own cue; an existing one-word cue of that form keeps its rules.
      if (!SPEECH_VERBS[lang].has(f.form) || DE_WORD_BEFORE[f.form]) {
        DE_WORD_BEFORE[f.form] = [...(DE_WORD_BEFORE[f.form] ?? []), f.wordBefore];
        SPEECH_VERBS[lang].set(f.form, SPEECH_VERBS[lang].get(f.form) ?? { verb: true, particles: [] });
        CLAUSE_ONLY.add(f.form);
      }
      continue;
    }
    const entry = SPEECH_VERBS[lang].get(f.form);
    if (entry) {
      if (f.particle && entry.particles.length && !entry.particles.includes(f.particle)) entry.particles.push(f.particle);
      if (f.frame && CLAUSE_ONLY.has(f.form) && !ALT_FRAME[f.form]) ALT_FRAME[f.form] = f.frame;
      continue;
    }
    SPEECH_VERBS[lang].set(f.form, { verb: true, particles: f.particle ? [f.particle] : [] });
    CLAUSE_ONLY.add(f.form);
    if (f.frame) (lang === 'de' ? DE_FRAME : ALT_FRAME)[f.form] = f.frame;
  }
};
addClaimVerbs('de');
addClaimVerbs('en');
