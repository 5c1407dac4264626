// German sentence templates and word lists for the benchmark corpus.
import { GERMAN_QUALIFIERS, germanCount, germanMoney, germanPercent, qualified } from './numbers.ts';
import type { Rng } from './rng.ts';

const FIRST = ['Anna', 'Katrin', 'Jonas', 'Paul', 'Sabine', 'Martin', 'Lena', 'Julia', 'Stefan', 'Petra', 'Hanna', 'Klaus', 'Mira', 'Tomasz', 'Eva', 'Ralf', 'Henrik', 'Aylin', 'Dmitri', 'Fatma'];
const LAST = ['Albers', 'Vogt', 'Brandt', 'Roth', 'Haas', 'Wolf', 'Berger', 'Krüger', 'Meier', 'Senger', 'Lindner', 'Ruhl', 'Peters', 'Schulz', 'Nowak', 'Hoffmann', 'Lang', 'Yilmaz', 'Kowalski', 'Becker'];
const ROLES = ['Innenministerin', 'Finanzminister', 'Bürgermeisterin', 'Vorstandschef', 'Sprecherin', 'Trainer', 'Abgeordnete', 'Prof. Dr.', 'Gewerkschaftschef', 'Botschafter', 'Dr.', 'Landrätin'];
const ORGS = ['Die Bundesregierung', 'Die NATO', 'Die EU-Kommission', 'Die Bundesbank', 'Die Stadtverwaltung', 'Die Gewerkschaft', 'Die Nordwind AG', 'Die Feuerwehr', 'Die Polizei', 'Das Gesundheitsamt', 'Der Verband', 'Die Landesregierung'];
const SOURCES_DAT = ['Statistischem Bundesamt', 'Polizeiangaben', 'Medienberichten', 'einer Umfrage', 'Angaben der Stadt', 'dem Bericht', 'Schätzungen von Experten', 'der WHO'];
const PLACES = ['Berlin', 'Litauen', 'Hamburg', 'Leipzig', 'Kiew', 'Brüssel', 'Genf', 'München', 'Freiburg', 'Rostock', 'Bochum', 'Suhl', 'der Ostukraine', 'Nordrhein-Westfalen'];
const NOUNS = ['Soldaten', 'Menschen', 'Stellen', 'Wohnungen', 'Besucher', 'Fahrgäste', 'Haushalte', 'Patienten', 'Mitglieder', 'Polizisten', 'Arbeitsplätze', 'Pflegekräfte', 'Lehrkräfte', 'Asylanträge'];
const TOPICS = ['der Haushalt', 'die Reform', 'das Heizungsgesetz', 'das Rentenpaket', 'der Klimaschutz', 'die Wehrpflicht', 'das Bürgergeld', 'der Mindestlohn', 'die Schuldenbremse', 'die Verkehrswende'];
const TIMES = ['am Montag', 'am Dienstag', 'am Mittwoch', 'am Donnerstag', 'am Freitag', 'im März', 'im vergangenen Jahr', 'seit Januar', 'im dritten Quartal', 'in der Nacht zu Sonntag'];
const SPEECH = ['sagte', 'erklärte', 'betonte', 'warnte', 'kritisierte', 'teilte mit', 'bekräftigte'];
const HEDGES = ['möglicherweise', 'offenbar', 'vermutlich', 'wohl', 'angeblich', 'anscheinend'];
const EVAL_ADJ = ['ein beispielloser', 'ein enttäuschender', 'ein mutiger', 'ein überfälliger', 'ein gefährlicher', 'ein richtiger'];
const EVAL_NOUN = ['Schritt', 'Fehler', 'Angriff auf die Demokratie', 'Erfolg', 'Rückschlag', 'Skandal'];
const QUOTE_BODY = [
  'Wir werden {n} {noun} zusätzlich bereitstellen.',
  'Die Lage ist ernst, aber nicht hoffnungslos.',
  'Das ist ein wichtiger Schritt für {place}.',
  'Wir haben keine Zeit mehr zu verlieren.',
  'Niemand hat mit einem solchen Ergebnis gerechnet.',
  'Die Zahlen sprechen eine klare Sprache.',
  'Wir stehen zu unseren Zusagen.',
];
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const TAGS = ['#Ampelchaos', '#Mietenwahnsinn', '#Klimakrise', '#Bahnstreik', '#Steuergeld', '#Bundesliga'];

const person = (r: Rng): string => `${r.pick(ROLES)} ${r.pick(FIRST)} ${r.pick(LAST)}`;
const year = (r: Rng): number => r.int(1990, 2035);
const amount = (r: Rng): string => `${qualified(r, GERMAN_QUALIFIERS, germanCount(r))} ${r.pick(NOUNS)}`;
const fill = (r: Rng, template: string): string =>
  template.replace('{n}', germanCount(r)).replace('{noun}', r.pick(NOUNS)).replace('{place}', r.pick(PLACES));
const lower = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** One German sentence (sometimes two), from one of many templates. */
export const GERMAN_SENTENCES: Array<(r: Rng) => string> = [
  (r) => `${r.pick(ORGS)} ${r.pick(['verlegte', 'meldete', 'zählte', 'registrierte', 'beschäftigt'])} ${r.pick(TIMES)} ${amount(r)} in ${r.pick(PLACES)}.`,
  (r) => `Die Zahl der ${r.pick(NOUNS)} ist ${r.pick(TIMES)} um ${germanPercent(r)} ${r.pick(['gestiegen', 'gesunken', 'zurückgegangen'])}.`,
  (r) => `${person(r)} ${r.pick(SPEECH.slice(0, 4))}: „${fill(r, r.pick(QUOTE_BODY))}“`,
  (r) => `„${fill(r, r.pick(QUOTE_BODY)).slice(0, -1)}“, ${r.pick(SPEECH.slice(0, 4))} ${person(r)}.`,
  (r) => `${person(r)} ${r.pick(SPEECH.slice(0, 3))}, ${lower(r.pick(TOPICS))} ${r.pick(['sei gescheitert', 'habe oberste Priorität', `werde bis ${year(r)} umgesetzt`, 'sei nicht finanzierbar'])}.`,
  (r) => `Laut ${r.pick(SOURCES_DAT)} ${r.pick(['stieg', 'sank', 'lag'])} die Zahl der ${r.pick(NOUNS)} ${r.pick(TIMES)} bei ${germanCount(r)}.`,
  (r) => `Dem Bericht zufolge wurden ${r.pick(TIMES)} ${amount(r)} ${r.pick(['vertrieben', 'registriert', 'entlassen', 'versorgt'])}.`,
  (r) => `${r.pick(FIRST)} ${r.pick(LAST)} kündigte an, ${r.pick(['die Gebühren abzuschaffen', 'gegen den Beschluss zu klagen', `bis ${year(r)} ${germanCount(r)} ${r.pick(NOUNS)} einzustellen`])}.`,
  (r) => `${r.pick(ROLES)} ${r.pick(LAST)} fügte hinzu, man werde ${r.pick(['keine weiteren Schulden aufnehmen', 'an allen Standorten festhalten', 'die Lage genau beobachten'])}.`,
  (r) => `Die ${r.pick(['Ministerin', 'Konzernchefin', 'Trainerin'])} räumte ein, dass ${r.pick(['Fehler gemacht worden seien', 'die Kommunikation schlecht gewesen sei', 'die Kosten gestiegen seien'])}.`,
  (r) => `${r.pick(ORGS)} will bis ${year(r)} ${amount(r)} ${r.pick(['schaffen', 'abbauen', 'einstellen', 'unterbringen'])}.`,
  (r) => `${r.pick(TOPICS).replace(/^./, (c) => c.toUpperCase())} wird ${r.pick(['voraussichtlich', 'frühestens', ''])} im ${r.pick(['Frühjahr', 'Herbst', 'Sommer'])} in Kraft treten.`.replace('  ', ' '),
  (r) => `Die Verhandlungen in ${r.pick(PLACES)} ${r.pick(['scheinen ins Stocken geraten zu sein', 'könnten noch Wochen dauern', 'dürften scheitern'])}.`,
  (r) => `${r.pick(ORGS)} hat ${r.pick(TIMES)} ${r.pick(HEDGES)} ${amount(r)} ${r.pick(['verloren', 'gewonnen', 'eingestellt'])}.`,
  (r) => `Das ist ${r.pick(EVAL_ADJ)} ${r.pick(EVAL_NOUN)}.`,
  (r) => `${r.pick(ORGS)} hat ${r.pick(TIMES)} keine neuen ${r.pick(NOUNS)} ${r.pick(['aufgenommen', 'eingestellt', 'gemeldet'])}.`,
  (r) => `Am ${r.int(1, 28)}. ${r.pick(MONTHS)} ${year(r)} trat ${r.pick(['z. B.', 'u. a.', ''])} Dr. ${r.pick(LAST)} in ${r.pick(PLACES)} vor die Presse.`.replace('  ', ' '),
  (r) => `Die Kosten belaufen sich auf ${qualified(r, GERMAN_QUALIFIERS, germanMoney(r))} (vgl. Tabelle ${r.int(1, 9)}).${r.chance(0.3) ? '¹' : ''}`,
  (r) => `${r.pick(['DAS IST DOCH ALLES GELOGEN', 'KEINE Ahnung was die da machen', 'Unfassbar, schon wieder'])}!!! ${r.pick(['😡', '🤡', '🙄', '😂'])} ${r.pick(TAGS)}`,
  (r) => `Was bedeutet ${lower(r.pick(TOPICS))} für ${r.pick(PLACES)}?`,
  (r) => `${r.pick(FIRST)} ${r.pick(LAST)} leitet das Amt seit ${year(r)}. Sie sagte: „${fill(r, r.pick(QUOTE_BODY))}“`,
  (r) => `Zwischen ${germanCount(r)} und ${germanCount(r)} ${r.pick(NOUNS)} nahmen ${r.pick(TIMES)} an der Kundgebung in ${r.pick(PLACES)} teil.`,
  (r) => `Der Umsatz lag ${year(r)} bei ${germanMoney(r)}, ein Plus von ${germanPercent(r)}.`,
];

export const GERMAN_HEADINGS: Array<(r: Rng) => string> = [
  (r) => `${r.pick(TOPICS).replace(/^(der|die|das) /, '').replace(/^./, (c) => c.toUpperCase())}: ${r.pick(PLACES)} im Fokus`,
  (r) => `Kapitel ${r.int(1, 12)}: ${r.pick(['Die Folgen', 'Der Streit', 'Die Bilanz'])}`,
  () => 'Foto: dpa',
  () => 'Lesen Sie auch:',
];
