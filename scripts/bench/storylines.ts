// Recurring stories for the news corpus: each storyline is one measured thing (an organisation's
// people or money in a place), followed by the same speakers over the years, whose number drifts
// with the publication date and whose speakers take sides. Documents of one storyline share
// topics, so comparing two of them finds number changes, shared speakers and opposite stances.
import type { Lang } from '../../lib/engine/types.ts';
import type { Rng } from './rng.ts';

export type Storyline = {
  id: number;
  lang: Lang;
  org: string;
  place: string;
  noun: string;
  /** The measured value at the start year; it drifts by `drift` (a fraction) per year. */
  base: number;
  drift: number;
  policy: string;
  speakers: string[];
  outlet: string;
};

const WORDS = {
  de: {
    orgs: ['Die Bundeswehr', 'Die NATO', 'Die EU-Kommission', 'Die Stadtverwaltung', 'Die Deutsche Bahn', 'Das Gesundheitsamt', 'Die Landesregierung', 'Die Caritas', 'Die Nordwind AG', 'Das Rote Kreuz'],
    places: ['Litauen', 'Hamburg', 'Leipzig', 'Brüssel', 'Rostock', 'Bochum', 'Freiburg', 'Mali', 'dem Irak', 'Nordrhein-Westfalen', 'Sachsen', 'Kiel'],
    nouns: ['Soldaten', 'Mitarbeiter', 'Pflegekräfte', 'Wohnungen', 'Fahrgäste', 'Lehrkräfte', 'Ausbilder', 'Helfer', 'Betten', 'Stellen'],
    policies: ['den Einsatz', 'die Reform', 'das Sparprogramm', 'den Ausbau', 'die Verlängerung des Mandats', 'die neue Strategie', 'den Rückzug'],
    first: ['Anna', 'Jonas', 'Sabine', 'Martin', 'Lena', 'Stefan', 'Petra', 'Aylin', 'Henrik', 'Fatma', 'Klaus', 'Mira'],
    last: ['Albers', 'Vogt', 'Brandt', 'Roth', 'Haas', 'Berger', 'Krüger', 'Lindner', 'Peters', 'Schulz', 'Yilmaz', 'Becker'],
    roles: ['Ministerin', 'Sprecher', 'Bürgermeisterin', 'Vorstandschef', 'Abgeordnete', 'Kommandeur', 'Gewerkschaftschefin', 'Landrat'],
    outlets: ['Nordkurier Online', 'Rheinische Rundschau', 'Tagesblatt', 'Süddeutscher Anzeiger', 'Ostsee-Zeitung Digital'],
  },
  en: {
    orgs: ['The army', 'NATO', 'The European Commission', 'The city council', 'The rail operator', 'The health authority', 'The state government', 'The Red Cross', 'Brightline Motors', 'The port authority'],
    places: ['Lithuania', 'Manchester', 'Leeds', 'Brussels', 'Ohio', 'Iraq', 'Mali', 'Glasgow', 'northern England', 'Rotterdam', 'Chicago', 'Cardiff'],
    nouns: ['troops', 'employees', 'nurses', 'homes', 'passengers', 'teachers', 'trainers', 'volunteers', 'beds', 'jobs'],
    policies: ['the mission', 'the reform', 'the spending cuts', 'the expansion', 'the extension of the mandate', 'the new strategy', 'the withdrawal'],
    first: ['Elena', 'Mark', 'Priya', 'Laura', 'Daniel', 'Maria', 'Noor', 'Rachel', 'Jonathan', 'Nadia', 'Kwame', 'Olga'],
    last: ['Marsh', 'Ellison', 'Shah', 'Rivera', 'Kim', 'Okafor', 'Reyes', 'Haddad', 'Dunn', 'Price', 'Brooks', 'Mensah'],
    roles: ['Minister', 'spokesperson', 'Mayor', 'CEO', 'Senator', 'Commander', 'union leader', 'Councillor'],
    outlets: ['The Northern Ledger', 'Daily Courier', 'Metro Gazette', 'The Weekly Review', 'Harbour Times'],
  },
} as const;

export function makeStoryline(r: Rng, id: number, lang: Lang): Storyline {
  const w = WORDS[lang];
  const speakers = Array.from({ length: 3 }, () => `${r.pick(w.roles)} ${r.pick(w.first)} ${r.pick(w.last)}`);
  return {
    id,
    lang,
    org: r.pick(w.orgs),
    place: r.pick(w.places),
    noun: r.pick(w.nouns),
    base: r.int(2, 90) * r.pick([10, 100, 1000]),
    drift: r.pick([-0.2, -0.1, -0.05, 0.05, 0.1, 0.25]),
    policy: r.pick(w.policies),
    speakers,
    outlet: r.pick(w.outlets),
  };
}

const grouped = (n: number, lang: Lang) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'de' ? '.' : ',');

/** The storyline's number in a given year (rounded to two significant figures, never below 1). */
export function valueIn(s: Storyline, year: number, startYear: number): number {
  const raw = s.base * Math.pow(1 + s.drift, year - startYear);
  const magnitude = Math.pow(10, Math.max(0, Math.floor(Math.log10(Math.max(raw, 1))) - 1));
  return Math.max(1, Math.round(raw / magnitude) * magnitude);
}

const lower = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);
const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const subject = (org: string) => org.replace(/^(Die|Der|Das|The) /, '');

/** The sentences that carry the story: its number, a quote, reported speech with a hedge, a stance. */
export function storySentences(r: Rng, s: Storyline, value: number, previous: number | null, year: number): { title: string; lede: string[]; stance: string[] } {
  const n = grouped(value, s.lang);
  const [a, b, c] = s.speakers.map(cap);
  const supportive = r.chance(0.5);
  if (s.lang === 'de') {
    const change = previous === null ? null : Math.round(((value - previous) / previous) * 100);
    return {
      title: `${subject(s.org)} in ${s.place}: ${r.pick(['Streit um', 'Neue Zahlen zu', 'Bilanz für'])} ${s.policy.replace(/^(den|die|das) /, '')}`,
      lede: [
        `${s.org} hat ${r.pick(['nach eigenen Angaben', 'derzeit', 'inzwischen'])} ${r.pick(['rund', 'etwa', 'mehr als', ''])} ${n} ${s.noun} in ${s.place}.`.replace('  ', ' '),
        `„Wir bleiben in ${s.place}, solange wir gebraucht werden“, sagte ${a}.`,
        change === null || change === 0
          ? `${b} erklärte, die Zahl der ${s.noun} werde ${r.pick(['vermutlich', 'wohl', 'möglicherweise'])} bis ${year + 1} ${r.pick(['steigen', 'sinken'])}.`
          : `Nach Angaben von ${b} ist die Zahl der ${s.noun} seit dem Vorjahr um ${Math.abs(change)} Prozent ${change > 0 ? 'gestiegen' : 'gesunken'}.`,
      ],
      stance: [
        supportive
          ? `${c} bezeichnete ${s.policy} als ${r.pick(['richtigen Schritt', 'großen Erfolg', 'notwendig'])}.`
          : `${c} kritisierte ${s.policy} als ${r.pick(['schweren Fehler', 'gescheitert', 'zu teuer'])}.`,
        `${r.pick(['Kritiker', 'Die Opposition', 'Experten'])} ${r.pick(['warnen', 'befürchten', 'glauben'])}, ${lower(s.policy)} ${supportive ? 'könnte scheitern' : 'sei alternativlos'}.`,
      ],
    };
  }
  const change = previous === null ? null : Math.round(((value - previous) / previous) * 100);
  return {
    title: `${subject(s.org)} in ${s.place}: ${r.pick(['row over', 'new figures on', 'taking stock of'])} ${s.policy.replace(/^the /, '')}`,
    lede: [
      `${s.org} ${r.pick(['currently has', 'now has', 'says it has'])} ${r.pick(['about', 'around', 'more than', ''])} ${n} ${s.noun} in ${s.place}.`.replace('  ', ' '),
      `"We will stay in ${s.place} as long as we are needed," ${a} said.`,
      change === null || change === 0
        ? `${b} said the number of ${s.noun} would ${r.pick(['probably', 'likely', 'possibly'])} ${r.pick(['rise', 'fall'])} by ${year + 1}.`
        : `According to ${b}, the number of ${s.noun} has ${change > 0 ? 'risen' : 'fallen'} by ${Math.abs(change)} percent since last year.`,
    ],
    stance: [
      supportive
        ? `${c} called ${s.policy} ${r.pick(['the right decision', 'a great success', 'necessary'])}.`
        : `${c} criticised ${s.policy} as ${r.pick(['a serious mistake', 'a failure', 'far too expensive'])}.`,
      `${r.pick(['Critics', 'The opposition', 'Experts'])} ${r.pick(['warn', 'fear', 'believe'])} that ${lower(s.policy)} ${supportive ? 'could fail' : 'has no alternative'}.`,
    ],
  };
}
