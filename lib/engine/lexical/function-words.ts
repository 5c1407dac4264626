// Closed-class words the measured-thing rules need: these are grammar, not vocabulary (no
// dictionary lists them as a class), so they stay small hand lists. Folded lowercase.
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Verbs that attach an amount to what precedes ("profit rose to", "Defizit stieg auf"). */
export const CHANGE_VERBS = set(`rose rise rises risen fell fall falls fallen grew grow grows grown increased increase
  increases decreased decrease decreases dropped drop drops climbed climb climbs jumped reached reach reaches stood
  stands totalled totaled totals amounted amounts hit hits doubled tripled halved remained remains stayed stays came
  comes was were is are be been has have had now cost costs`);

/** English auxiliaries: the word after one is a verb form ("has shrunk", "was called out"), not a noun. */
export const EN_AUXILIARIES = set(`has have had is are was were be been being`);

/** Links from a noun to its genitive attribute ("Zahl der Fahrgäste", "share of households"). */
export const GENITIVE_LINKS = set(`des der eines einer of`);

/** Words after an amount that lead to what it is for or a share of ("für den Umbau", "der Haushalte"). */
export const FORWARD_LINKS = set(`der des fur of for on an in aller all`);

/** Nouns that name a quantity itself, so the measured thing is their complement. */
export const QUANTITY_NOUNS = set(`zahl anzahl anteil quote summe menge hohe niveau wert gesamtzahl number share
  proportion amount total percentage rate level figure count`);

/** Count nouns that say only "how many people": what they count is in the rest of the clause. */
export const GENERIC_COUNT_NOUNS = set(`menschen personen leute mitglieder people persons men women`);

/** Prepositions that introduce a source ("laut Angaben", "nach Schätzungen"); "according to" is checked as a pair. */
export const SOURCE_LINKS = set(`laut nach zufolge gemass`);

/** Prepositions that join an attribute to its head noun ("employment at the airport", "Plätze in Kitas"). */
export const ATTRIBUTE_LINKS = set(`at in on for im am an bei beim fur von vom zum zur`);

/**
 * What makes a number a rate ("31 Starts pro Nacht", "4,60 Euro je Mahlzeit", "£40 a month"): a
 * preposition of distribution before its denominator; "a"/"an"/"each" only before a period noun.
 */
export const PER_WORDS = set(`pro je per`);
export const PER_ARTICLES = set(`a an each every`);
export const PERIOD_NOUNS = set(`jahr monat tag woche quartal nacht stunde year month day week quarter night hour`);
/** Adverbs of frequency name their period ("jährlich" is "pro Jahr", "daily" is "a day"). */
export const PERIOD_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['jahrlich', 'year'], ['monatlich', 'month'], ['taglich', 'day'], ['wochentlich', 'week'], ['nachtlich', 'night'], ['stundlich', 'hour'],
  ['annually', 'year'], ['yearly', 'year'], ['monthly', 'month'], ['daily', 'day'], ['weekly', 'week'], ['nightly', 'night'], ['hourly', 'hour'],
]);

/** Nouns of time: when a number was measured, not what ("im Jahr 2021 auf 40 Mio."). */
export const TIME_NOUNS = set(`jahr jahres jahren monat monats tag tages woche quartal year years month months day week quarter`);

/** Words that say a number did not change ("liegt weiterhin bei", "unchanged at", "remains at"). */
export const UNCHANGED_CUES = set(`weiterhin unverandert gleichbleibend konstant stabil still unchanged remains remained steady
  stable constant`);

/** Words by which a later report says an earlier statement still holds ("remains a bottleneck", "bleibt wichtig"). */
export const CONTINUATION_CUES = set(`still remain remains remained continues continued stays stayed weiterhin bleibt bleiben blieb blieben geblieben unverandert`);
export const CONTINUATION_PHRASES = ['nach wie vor', 'noch immer', 'immer noch', 'wie eh und je', 'continue to', 'as ever'];

/** Words that make a number an increment ("40 zusätzliche Stellen", "another 200 jobs"), not a total. */
export const INCREMENT_WORDS = set(`zusatzlich zusatzliche zusatzlichen zusatzlicher weitere weiteren weiterer additional extra further
  another more`);

/**
 * Words by which a later report says a number changed, by direction: "has slipped to", "ist auf
 * 132 gestiegen", "nur noch acht", "now employs". Such a number answers an earlier one.
 */
export const CHANGE_DOWN = set(`fell fallen dropped declined shrunk shrank slipped sank sunk decreased dwindled halved
  gesunken sank sanken gefallen fiel zuruckgegangen geschrumpft schrumpfte geschmolzen reduziert halbiert`);
export const CHANGE_UP = set(`rose risen grew grown climbed increased jumped doubled tripled swelled soared expanded
  gestiegen stieg stiegen angewachsen wuchs gewachsen zugenommen verdoppelt erhoht ausgebaut`);
/** The present of a changed number ("inzwischen 2.870 Euro", "now draws 210 MW"). */
export const NOW_WORDS = set(`now inzwischen mittlerweile heute nun jetzt today`);
