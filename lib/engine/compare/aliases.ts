// Name normalisation shared by entity matching and quantity subjects: a small, general alias
// map (country and organisation names in German and English, adjectives included) plus
// acronym ↔ expansion matching.
import { foldWord, STOPWORDS } from './tokens';

const ALIASES: Record<string, string[]> = {
  us: ['US', 'USA', 'U.S.', 'U.S.A.', 'United States', 'Vereinigte Staaten', 'amerikanisch', 'American', 'Americans', 'Amerikaner'],
  uk: ['UK', 'United Kingdom', 'Great Britain', 'Britain', 'British', 'Großbritannien', 'Vereinigtes Königreich', 'britisch', 'Briten'],
  eu: ['EU', 'European Union', 'Europäische Union'],
  un: ['UN', 'UNO', 'United Nations', 'Vereinte Nationen'],
  nato: ['NATO', 'North Atlantic Treaty Organization', 'Nordatlantikpakt', 'Nordatlantische Allianz'],
  germany: ['Germany', 'German', 'Deutschland', 'deutsch', 'Bundesrepublik'],
  france: ['France', 'French', 'Frankreich', 'französisch'],
  russia: ['Russia', 'Russian', 'Russland', 'russisch'],
  china: ['China', 'Chinese', 'chinesisch'],
  turkey: ['Turkey', 'Türkiye', 'Turkish', 'Türkei', 'türkisch'],
  iran: ['Iran', 'Iranian', 'iranisch'],
  iraq: ['Iraq', 'Iraqi', 'Irak', 'irakisch'],
  ukraine: ['Ukraine', 'Ukrainian', 'ukrainisch'],
};

const normalise = (name: string): string =>
  foldWord(name)
    .replace(/\./g, '')
    .replace(/[\s-]+/g, ' ')
    .trim();

const ALIAS_INDEX = new Map<string, string>(
  Object.entries(ALIASES).flatMap(([key, names]) => names.map((n) => [normalise(n), key] as [string, string])),
);

/** Alias key of a name ("USA", "amerikanischen", "American" → "us"), or null when unknown. */
export function aliasKeyOf(name: string): string | null {
  const folded = normalise(name);
  const exact = ALIAS_INDEX.get(folded);
  if (exact) return exact;
  if (folded.includes(' ') || folded.length < 5) return null;
  for (const [alias, key] of ALIAS_INDEX) {
    // Inflected adjectives: "amerikanischen" ~ "amerikanisch", "deutsche" ~ "deutsch".
    if (alias.length >= 5 && folded.startsWith(alias) && folded.length - alias.length <= 3) return key;
  }
  return null;
}

/** Key under which two names count as the same entity. */
export function nameKey(name: string): string {
  return aliasKeyOf(name) ?? normalise(name);
}

/** Initials of a name: first letters only, or with all-caps words kept whole ("UN …" → "UN…"). */
function initialsOf(name: string): string[] {
  const words = name.split(/[\s-]+/).filter((w) => w && !STOPWORDS.has(foldWord(w)));
  const firstLetters = words.map((w) => w[0]).join('');
  const keepCaps = words.map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w[0])).join('');
  return [firstLetters.toUpperCase(), keepCaps.toUpperCase()];
}

/** "NATO" ~ "North Atlantic Treaty Organization", "NMI" ~ "NATO Mission Iraq", "UNSMV" ~ "UN Stabilisation Mission in Valdoria". */
export function isAcronymOf(short: string, long: string): boolean {
  if (!/^[A-Z]{2,7}$/.test(short) || !/\s/.test(long.trim())) return false;
  return initialsOf(long).includes(short);
}

export type EntityMatch = { left: string; right: string; via: 'name' | 'alias' | 'acronym' | 'part' };

/**
 * Entities both sides name: same canonical (case-insensitive), same alias key, acronym, or
 * (weaker, "part") one name's words all inside the other ("NATO" ~ "NATO Mission Iraq").
 */
export function matchEntities(left: { canonical: string }[], right: { canonical: string }[]): EntityMatch[] {
  const matches: EntityMatch[] = [];
  const usedRight = new Set<number>();
  for (const l of left) {
    const index = right.findIndex((r, i) => !usedRight.has(i) && entityVia(l.canonical, r.canonical) !== null);
    if (index < 0) continue;
    usedRight.add(index);
    const via = entityVia(l.canonical, right[index].canonical);
    if (via) matches.push({ left: l.canonical, right: right[index].canonical, via });
  }
  return matches;
}

function entityVia(a: string, b: string): EntityMatch['via'] | null {
  if (normalise(a) === normalise(b)) return 'name';
  if (nameKey(a) === nameKey(b)) return 'alias';
  if (isAcronymOf(a, b) || isAcronymOf(b, a)) return 'acronym';
  const words = (x: string) => normalise(x).split(' ').filter((w) => w.length > 1 && !STOPWORDS.has(w));
  const [short, long] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
  if (short.length > 0 && short.length < long.length && short.every((w) => long.includes(w))) return 'part';
  return null;
}

/** Last name of a claim's speaker: one person quoted then and now holds one position. */
export function speakerKey(c: { speaker: string | null }): string | null {
  const last = (c.speaker ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).at(-1);
  return last ? nameKey(last) : null;
}

/** Both claims are said by one speaker (by last name). */
export function sameSpeaker(a: { speaker: string | null }, b: { speaker: string | null }): boolean {
  const key = speakerKey(a);
  return key !== null && key === speakerKey(b);
}
