// Small general gazetteers: places, first names, person titles, organisation words.

export const PLACES = new Set([
  'deutschland', 'germany', 'frankreich', 'france', 'usa', 'us', 'u.s', 'uk', 'u.k', 'irak', 'iraq',
  'iran', 'syrien', 'syria', 'russland', 'russia', 'china', 'ukraine', 'brüssel', 'brussels',
  'berlin', 'paris', 'london', 'washington', 'moskau', 'moscow', 'bagdad', 'baghdad', 'afghanistan',
  'türkei', 'turkey', 'israel', 'gaza', 'europa', 'europe', 'afrika', 'africa', 'asien', 'asia',
  'amerika', 'america', 'kanada', 'canada', 'australien', 'australia', 'japan', 'indien', 'india',
  'polen', 'poland', 'italien', 'italy', 'spanien', 'spain', 'österreich', 'austria', 'schweiz',
  'switzerland', 'niederlande', 'netherlands', 'belgien', 'belgium', 'münchen', 'munich', 'hamburg',
  'köln', 'cologne', 'frankfurt', 'wien', 'vienna', 'rom', 'rome', 'madrid', 'peking', 'beijing',
  'tokio', 'tokyo', 'kiew', 'kyiv', 'kiev', 'teheran', 'tehran', 'damaskus', 'damascus', 'kairo',
  'cairo', 'ägypten', 'egypt', 'mexiko', 'mexico', 'brasilien', 'brazil', 'großbritannien',
  'britain', 'griechenland', 'greece', 'schweden', 'sweden', 'norwegen', 'norway', 'dänemark',
  'denmark', 'finnland', 'finland', 'ungarn', 'hungary', 'tschechien', 'rumänien', 'romania',
  'libyen', 'libya', 'jemen', 'yemen', 'libanon', 'lebanon', 'jordanien', 'jordan', 'katar',
  'qatar', 'pakistan', 'nordkorea', 'südkorea', 'korea', 'taiwan', 'venezuela', 'argentinien',
  'argentina', 'kuba', 'cuba', 'nigeria', 'kenia', 'kenya', 'südafrika', 'chicago', 'stuttgart',
  'dresden', 'leipzig', 'bremen', 'hannover', 'düsseldorf', 'nürnberg', 'bonn',
  'bayern', 'bavaria', 'sachsen', 'hessen', 'texas', 'california', 'kalifornien', 'florida',
  'portugal', 'irland', 'ireland', 'schottland', 'scotland', 'england', 'wales', 'kosovo', 'serbien',
  'serbia', 'kroatien', 'croatia', 'saudi-arabien', 'afghanistans', 'somalia', 'mali', 'sudan',
]);

export const FIRST_NAMES = new Set([
  'angela', 'olaf', 'friedrich', 'annalena', 'robert', 'christian', 'markus', 'boris', 'karl',
  'emmanuel', 'joe', 'donald', 'barack', 'hillary', 'kamala',
  'vladimir', 'wolodymyr', 'volodymyr', 'xi', 'recep', 'mohammed', 'muhammad', 'ali', 'ahmed',
  'hans', 'peter', 'michael', 'thomas', 'andreas', 'stefan', 'frank', 'klaus', 'jürgen', 'wolfgang',
  'ursula', 'anna', 'maria', 'julia', 'sarah', 'laura', 'lisa', 'katrin', 'sabine', 'claudia',
  'john', 'james', 'david', 'william', 'richard', 'mary', 'elizabeth', 'jennifer', 'emma', 'paul',
  'mark', 'george', 'tony', 'rishi', 'keir', 'justin', 'elon', 'bill', 'jeff', 'tim', 'sam', 'lukas',
  'jonas', 'felix', 'max', 'sophie', 'marie', 'lena', 'emily', 'daniel', 'martin', 'matthias',
  'alexander', 'sebastian', 'tobias', 'florian', 'jan', 'nancy', 'heiko', 'hubertus', 'lars',
  'svenja', 'christine', 'christina', 'giorgia', 'pedro', 'mette', 'viktor', 'benjamin', 'antonio',
  'luis', 'carlos', 'jose', 'juan', 'marco', 'giuseppe', 'pierre', 'jean', 'françois', 'nicolas',
  'ibrahim', 'hassan', 'omar', 'fatima', 'ayşe', 'mehmet', 'lucas', 'noah', 'oliver',
]);

export const PERSON_TITLES = new Set([
  'präsident', 'präsidentin', 'präsidenten', 'kanzler', 'kanzlerin', 'bundeskanzler',
  'bundeskanzlerin', 'minister', 'ministerin', 'ministerpräsident', 'ministerpräsidenten',
  'ministerpräsidentin', 'generalsekretär', 'generalsekretärin', 'außenminister',
  'außenministerin', 'verteidigungsminister', 'verteidigungsministerin', 'innenminister',
  'finanzminister', 'gesundheitsminister', 'chef', 'chefin', 'sprecher', 'sprecherin', 'senator',
  'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'professor', 'professorin', 'prof',
  'dr', 'herr', 'herrn', 'frau', 'papst', 'könig', 'königin', 'president', 'chancellor',
  'secretary', 'governor', 'mayor', 'premier', 'mr', 'mrs', 'ms', 'professor', 'ceo', 'pope',
  'king', 'queen', 'general', 'judge', 'trainer', 'coach', 'abgeordnete', 'abgeordneter', 'kollege', 'kollegin',
  'politiker', 'politikerin', 'experte', 'expertin', 'forscher', 'forscherin', 'analyst',
]);

export const ORG_WORDS = new Set([
  'mission', 'union', 'partei', 'bank', 'institut', 'institute', 'ministerium', 'bundesamt',
  'agency', 'ministry', 'council', 'committee', 'commission', 'kommission', 'rat', 'programme',
  'program', 'university', 'universität', 'gmbh', 'ag', 'inc', 'ltd', 'corp', 'police', 'polizei',
  'haus', 'house', 'force', 'forces', 'nations', 'nationen', 'koalition', 'coalition', 'verband', 'stiftung',
  'foundation', 'staat', 'state', 'armee', 'army', 'bundestag', 'parlament', 'parliament',
  'regierung', 'government', 'gericht', 'court', 'konzern', 'group', 'organisation',
  'organization', 'bündnis', 'alliance', 'service', 'office', 'authority', 'department', 'bureau', 'administration', 'association', 'club', 'verein', 'fc', 'capital', 'logistics', 'holdings',
  'partners', 'energy', 'energie', 'systems', 'solutions', 'technologies', 'media', 'motors', 'airlines',
  'werke', 'company', 'corporation', 'hospital', 'klinikum', 'school', 'schule', 'agentur', 'amt',
]);

const MAX_MEMO = 20000;
const ORG_SUFFIX = new RegExp(`(?:${[...ORG_WORDS].filter((w) => w.length >= 4).join('|')})$`);

// Memo of recent answers, as for isPersonTitle below: the end-anchored regex is tried at every
// start position of the word, and the same words are asked about throughout a document (bounded).
const ORG_MEMO = new Map<string, boolean>();

/** Organisation head nouns, also at the end of compounds ("Zentralbank", "Bundesministerium"). */
export const isOrgWord = (lower: string): boolean => {
  if (ORG_WORDS.has(lower)) return true;
  let known = ORG_MEMO.get(lower);
  if (known === undefined) {
    if (ORG_MEMO.size >= MAX_MEMO) ORG_MEMO.clear();
    known = ORG_SUFFIX.test(lower);
    ORG_MEMO.set(lower, known);
  }
  return known;
};

// Capitalised words that never start a name: articles, pronouns, conjunctions, weekdays.
export const NON_NAMES = new Set([
  'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'im', 'in',
  'am', 'an', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'über',
  'unter', 'durch', 'gegen', 'ohne', 'um', 'als', 'auch', 'aber', 'doch', 'so', 'da', 'dies',
  'diese', 'dieser', 'dieses', 'es', 'er', 'sie', 'wir', 'ich', 'ihr', 'man', 'und', 'oder',
  'wenn', 'weil', 'dass', 'ob', 'wie', 'was', 'wer', 'the', 'a', 'an', 'this', 'that', 'these',
  'those', 'it', 'he', 'she', 'we', 'they', 'i', 'you', 'and', 'or', 'but', 'if', 'when', 'while',
  'in', 'on', 'at', 'for', 'from', 'with', 'by', 'of', 'to', 'as', 'after', 'before', 'during',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'zwar',
  'gleichwohl', 'dennoch', 'trotzdem', 'jedoch', 'nun', 'dann', 'hier', 'dort', 'heute', 'there',
  'here', 'however', 'meanwhile', 'yesterday', 'today', 'tomorrow', 'mr', 'mrs', 'ms', 'dr',
  // Sentence-opening adverbs („Gestern hat die Regierung erklärt …").
  'gestern', 'vorgestern', 'morgen', 'zuletzt', 'jetzt', 'damals', 'inzwischen', 'bisher', 'später', 'zunächst',
  'deshalb', 'daher', 'deswegen', 'dabei', 'dazu', 'darüber', 'bereits', 'schon', 'immer', 'erst',
  // Units after a number begin no name („2 Mio. Euro Fördermittel", „12 Prozent Rabatt").
  'euro', 'dollar', 'cent', 'franken', 'pfund', 'prozent', 'prozentpunkte', 'tonnen', 'kilometer', 'hektar', 'millionen', 'milliarden',
]);

const TITLE_SUFFIX = /(?:chef|chefin|sprecher|sprecherin|minister|ministerin|präsident|präsidentin|leiter|leiterin|direktor|direktorin|trainer|trainerin|vorsitzende|vorsitzender|sekretär|sekretärin|richter|richterin|anwalt|anwältin|bischof|bischöfin)$/;

/** Role words before a name: "Präsident", "Konzernchef", "Senator". */
// Memo of recent answers: the same capitalised words recur throughout a document (bounded).
const TITLE_MEMO = new Map<string, boolean>();

const computePersonTitle = (lower: string): boolean => {
  if (PERSON_TITLES.has(lower) || TITLE_SUFFIX.test(lower)) return true;
  // "CDU-Abgeordnete", "SPD-Chefin": the role is the part after the hyphen.
  const k = lower.lastIndexOf('-');
  return k > 0 && PERSON_TITLES.has(lower.slice(k + 1));
};

export const isPersonTitle = (lower: string): boolean => {
  let known = TITLE_MEMO.get(lower);
  if (known === undefined) {
    if (TITLE_MEMO.size >= MAX_MEMO) TITLE_MEMO.clear();
    known = computePersonTitle(lower);
    TITLE_MEMO.set(lower, known);
  }
  return known;
};

export const NAME_CONNECTORS = new Set(['von', 'van', 'de', 'da', 'di', 'del', 'bin', 'ibn', 'of', 'the', 'for', 'zu', 'le', 'la']);

export const NOT_ACRONYMS = new Set(['I', 'OK', 'II', 'III', 'A', 'AM', 'PM']);
