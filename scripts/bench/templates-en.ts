// English sentence templates and word lists for the benchmark corpus.
import { ENGLISH_QUALIFIERS, englishCount, englishMoney, englishPercent, qualified } from './numbers.ts';
import type { Rng } from './rng.ts';

const FIRST = ['Elena', 'Mark', 'Priya', 'Tomás', 'Laura', 'Ron', 'Emma', 'Ana', 'Sarah', 'Daniel', 'Maria', 'Lucas', 'Noor', 'Rachel', 'Mei', 'Jonathan', 'Nadia', 'Ravi', 'Kwame', 'Olga'];
const LAST = ['Marsh', 'Ellison', 'Shah', 'Rivera', 'Kim', 'Dale', 'Castillo', 'Costa', 'Okafor', 'Reyes', 'Lopez', 'Heine', 'Haddad', 'Dunn', 'Tanaka', 'Price', 'Brooks', 'Patel', 'Mensah', 'Ivanova'];
const ROLES = ['Governor', 'Senator', 'Mayor', 'CEO', 'Foreign Minister', 'Coach', 'Dr.', 'Sen.', 'Prof.', 'Councillor', 'spokesperson', 'Chief Economist'];
const ORGS = ['The government', 'NATO', 'The European Commission', 'The central bank', 'The city council', 'The union', 'Brightline Motors', 'The fire service', 'Police', 'The health authority', 'The U.N.', 'The Pentagon'];
const SOURCES = ['the Office for National Statistics', 'police', 'local media', 'a new poll', 'the city', 'the report', 'U.S. officials', 'the WHO'];
const PLACES = ['London', 'Poland', 'Manchester', 'Leeds', 'Kyiv', 'Brussels', 'Geneva', 'Chicago', 'Ohio', 'the Channel', 'the Gulf', 'northern England'];
const NOUNS = ['troops', 'people', 'jobs', 'homes', 'visitors', 'passengers', 'households', 'patients', 'members', 'police officers', 'nurses', 'teachers', 'asylum claims'];
const TOPICS = ['the budget', 'the reform', 'the energy bill', 'the pension plan', 'climate policy', 'the draft', 'the benefit cap', 'the minimum wage', 'the debt ceiling', 'the rail strike'];
const TIMES = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'in March', 'last year', 'since January', 'in the third quarter', 'overnight'];
const SPEECH = ['said', 'stated', 'stressed', 'warned', 'told reporters', 'insisted'];
const HEDGES = ['reportedly', 'apparently', 'probably', 'allegedly', 'likely'];
const EVAL = ['a disgrace', 'a bold move', 'a long overdue step', 'a dangerous precedent', 'an attack on democracy', 'a huge mistake', 'the best decision in years'];
const QUOTE_BODY = [
  'We will deploy {n} additional {noun}.',
  'The situation is serious, but not hopeless.',
  'This is an important step for {place}.',
  'We have no time to lose.',
  'Nobody expected a result like this.',
  'The numbers speak for themselves.',
  'We stand by our commitments.',
];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const TAGS = ['#failure', '#housing', '#climate', '#railstrike', '#taxpayers', '#PremierLeague'];

const person = (r: Rng): string => `${r.pick(ROLES)} ${r.pick(FIRST)} ${r.pick(LAST)}`;
const year = (r: Rng): number => r.int(1990, 2035);
const amount = (r: Rng): string => `${qualified(r, ENGLISH_QUALIFIERS, englishCount(r))} ${r.pick(NOUNS)}`;
const fill = (r: Rng, template: string): string =>
  template.replace('{n}', englishCount(r)).replace('{noun}', r.pick(NOUNS)).replace('{place}', r.pick(PLACES));
const upper = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** One English sentence (sometimes two), from one of many templates. */
export const ENGLISH_SENTENCES: Array<(r: Rng) => string> = [
  (r) => `${r.pick(ORGS)} ${r.pick(['deployed', 'reported', 'counted', 'registered', 'employs'])} ${amount(r)} in ${r.pick(PLACES)} ${r.pick(TIMES)}.`,
  (r) => `The number of ${r.pick(NOUNS)} ${r.pick(['rose', 'fell', 'dropped'])} by ${englishPercent(r)} ${r.pick(TIMES)}.`,
  (r) => `${person(r)} ${r.pick(SPEECH.slice(0, 4))}: “${fill(r, r.pick(QUOTE_BODY))}”`,
  (r) => `“${fill(r, r.pick(QUOTE_BODY)).slice(0, -1)},” ${r.pick(['said', 'warned'])} ${person(r)}.`,
  (r) => `${person(r)} said that ${r.pick(TOPICS)} ${r.pick(['had failed', 'was a top priority', `would be implemented by ${year(r)}`, 'was unaffordable'])}.`,
  (r) => `According to ${r.pick(SOURCES)}, the number of ${r.pick(NOUNS)} ${r.pick(['rose to', 'fell to', 'stood at'])} ${englishCount(r)} ${r.pick(TIMES)}.`,
  (r) => `${upper(amount(r))} were ${r.pick(['displaced', 'registered', 'laid off', 'treated'])} ${r.pick(TIMES)}, ${r.pick(SOURCES)} said.`,
  (r) => `${r.pick(FIRST)} ${r.pick(LAST)} announced that ${r.pick(['fees would be scrapped', 'the city would appeal', `${englishCount(r)} ${r.pick(NOUNS)} would be hired by ${year(r)}`])}.`,
  (r) => `${r.pick(ROLES)} ${r.pick(LAST)} added that ${r.pick(['no further debt would be taken on', 'all sites would remain open', 'the situation was being monitored closely'])}.`,
  (r) => `The ${r.pick(['minister', 'chief executive', 'coach'])} conceded that ${r.pick(['mistakes had been made', 'communication had been poor', 'costs had risen'])}.`,
  (r) => `${r.pick(ORGS)} plans to ${r.pick(['create', 'cut', 'hire', 'house'])} ${amount(r)} by ${year(r)}.`,
  (r) => `${upper(r.pick(TOPICS))} is ${r.pick(['expected to', 'likely to', 'set to'])} take effect in the ${r.pick(['spring', 'autumn', 'summer'])}.`,
  (r) => `Talks in ${r.pick(PLACES)} ${r.pick(['appear to have stalled', 'could drag on for weeks', 'may collapse'])}.`,
  (r) => `${r.pick(ORGS)} has ${r.pick(HEDGES)} ${r.pick(['lost', 'gained', 'hired'])} ${amount(r)} ${r.pick(TIMES)}.`,
  (r) => `This is ${r.pick(EVAL)}.`,
  (r) => `${r.pick(ORGS)} has not ${r.pick(['admitted', 'hired', 'reported'])} any new ${r.pick(NOUNS)} ${r.pick(TIMES)}.`,
  (r) => `On ${r.pick(MONTHS)} ${r.int(1, 28)}, ${year(r)}, Dr. ${r.pick(LAST)} of the U.S. delegation, e.g., spoke to the press in ${r.pick(PLACES)}.`,
  (r) => `The cost is estimated at ${qualified(r, ENGLISH_QUALIFIERS, englishMoney(r))} (see Fig. ${r.int(1, 9)}).${r.chance(0.3) ? `[${r.int(1, 30)}]` : ''}`,
  (r) => `${r.pick(['THIS IS ALL LIES', 'They have NO IDEA what they are doing', 'Unbelievable, again'])}!!! ${r.pick(['😡', '🤡', '🙄', '😂'])} ${r.pick(TAGS)}`,
  (r) => `What does ${r.pick(TOPICS)} mean for ${r.pick(PLACES)}?`,
  (r) => `${r.pick(FIRST)} ${r.pick(LAST)} has led the agency since ${year(r)}. She said: “${fill(r, r.pick(QUOTE_BODY))}”`,
  (r) => `Between ${englishCount(r)} and ${englishCount(r)} ${r.pick(NOUNS)} joined the rally in ${r.pick(PLACES)} ${r.pick(TIMES)}.`,
  (r) => `Revenue reached ${englishMoney(r)} in ${year(r)}, up ${englishPercent(r)} year-on-year.`,
];

export const ENGLISH_HEADINGS: Array<(r: Rng) => string> = [
  (r) => `${upper(r.pick(TOPICS).replace(/^the /, ''))}: all eyes on ${r.pick(PLACES)}`,
  (r) => `Chapter ${r.int(1, 12)}: ${r.pick(['The fallout', 'The dispute', 'The balance sheet'])}`,
  () => 'Photo: Reuters',
  () => 'Read more:',
];
