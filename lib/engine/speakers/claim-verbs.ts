// Claim verbs as data: verbs of demanding, rejecting, warning, promising, announcing and
// stating that make their subject the holder of a claim, by lemma with principal parts; the
// inflected forms are generated here. Like the other speech verbs they report with a clause,
// colon, quotation or zu-/to-infinitive (dev-set guidelines: „fordert 8 Prozent mehr Lohn" is the
// author's factual claim), or with their complement word („spricht von", "called for"). Hand list (no lexical resource on this machine lists
// communication verbs with their valency for German; WordNet's verb.communication is too broad
// and English-only), kept small: add a lemma here, not a form in find-speaker.ts.
import type { Lang } from '../types';

/**
 * German verb by principal parts: 3rd person present and past singular, participle, optional
 * separable particle ("lehnt … ab"), optional complement word it needs ("spricht von");
 * `joinedOnly` when the split form means something else („stellt eine Gefahr dar").
 */
type DeVerb = { inf: string; pres: string; past: string; part: string; particle?: string; frame?: string; joinedOnly?: boolean; separateWord?: boolean; act?: boolean };

const DE: DeVerb[] = [
  { inf: 'fordern', pres: 'fordert', past: 'forderte', part: 'gefordert', act: true },
  { inf: 'verlangen', pres: 'verlangt', past: 'verlangte', part: 'verlangt', act: true },
  { inf: 'lehnen', pres: 'lehnt', past: 'lehnte', part: 'gelehnt', particle: 'ab', act: true },
  { inf: 'kritisieren', pres: 'kritisiert', past: 'kritisierte', part: 'kritisiert', act: true },
  { inf: 'bemängeln', pres: 'bemängelt', past: 'bemängelte', part: 'bemängelt', act: true },
  { inf: 'warnen', pres: 'warnt', past: 'warnte', part: 'gewarnt', act: true },
  { inf: 'versprechen', pres: 'verspricht', past: 'versprach', part: 'versprochen', act: true },
  { inf: 'kündigen', pres: 'kündigt', past: 'kündigte', part: 'gekündigt', particle: 'an', act: true },
  { inf: 'betonen', pres: 'betont', past: 'betonte', part: 'betont' },
  { inf: 'erklären', pres: 'erklärt', past: 'erklärte', part: 'erklärt' },
  { inf: 'bestätigen', pres: 'bestätigt', past: 'bestätigte', part: 'bestätigt', act: true },
  { inf: 'berichten', pres: 'berichtet', past: 'berichtete', part: 'berichtet', act: true },
  { inf: 'sprechen', pres: 'spricht', past: 'sprach', part: 'gesprochen', frame: 'von' },
  { inf: 'führen', pres: 'führt', past: 'führte', part: 'geführt', particle: 'aus' },
  { inf: 'weisen', pres: 'weist', past: 'wies', part: 'gewiesen', particle: 'hin' },
  { inf: 'mahnen', pres: 'mahnt', past: 'mahnte', part: 'gemahnt', particle: 'an', act: true },
  { inf: 'schlagen', pres: 'schlägt', past: 'schlug', part: 'geschlagen', particle: 'vor', act: true },
  { inf: 'legen', pres: 'legt', past: 'legte', part: 'gelegt', particle: 'dar', joinedOnly: true },
  { inf: 'stellen', pres: 'stellt', past: 'stellte', part: 'gestellt', particle: 'dar', joinedOnly: true },
  { inf: 'behaupten', pres: 'behauptet', past: 'behauptete', part: 'behauptet', act: true },
  { inf: 'bekräftigen', pres: 'bekräftigt', past: 'bekräftigte', part: 'bekräftigt', act: true },
  { inf: 'unterstreichen', pres: 'unterstreicht', past: 'unterstrich', part: 'unterstrichen' },
  { inf: 'sagen', pres: 'sagt', past: 'sagte', part: 'gesagt' },
  // Adjective + verb predicates: „macht deutlich, dass", „hat deutlich gemacht, dass", „klargemacht".
  { inf: 'machen', pres: 'macht', past: 'machte', part: 'gemacht', particle: 'deutlich', separateWord: true },
  { inf: 'machen', pres: 'macht', past: 'machte', part: 'gemacht', particle: 'klar', separateWord: true },
  // Speech acts added for news and debates (issue 10): acts that hold a claim even with a plain
  // object („lobte den Plan", „stimmte dem Antrag zu"; not „verurteilen", which also means sentencing).
  { inf: 'loben', pres: 'lobt', past: 'lobte', part: 'gelobt', act: true },
  { inf: 'begrüßen', pres: 'begrüßt', past: 'begrüßte', part: 'begrüßt', act: true },
  { inf: 'rügen', pres: 'rügt', past: 'rügte', part: 'gerügt', act: true },
  { inf: 'monieren', pres: 'moniert', past: 'monierte', part: 'moniert', act: true },
  { inf: 'beantragen', pres: 'beantragt', past: 'beantragte', part: 'beantragt', act: true },
  { inf: 'stimmen', pres: 'stimmt', past: 'stimmte', part: 'gestimmt', particle: 'zu', act: true },
  { inf: 'sprechen', pres: 'spricht', past: 'sprach', part: 'gesprochen', particle: 'an', joinedOnly: true, act: true },
  { inf: 'erwähnen', pres: 'erwähnt', past: 'erwähnte', part: 'erwähnt', act: true },
  { inf: 'räumen', pres: 'räumt', past: 'räumte', part: 'geräumt', particle: 'ein' },
  { inf: 'geben', pres: 'gibt', past: 'gab', part: 'gegeben', particle: 'zu' },
  { inf: 'beteuern', pres: 'beteuert', past: 'beteuerte', part: 'beteuert' },
  { inf: 'versichern', pres: 'versichert', past: 'versicherte', part: 'versichert' },
  { inf: 'bezeichnen', pres: 'bezeichnet', past: 'bezeichnete', part: 'bezeichnet', frame: 'als' },
  { inf: 'reden', pres: 'redet', past: 'redete', part: 'geredet', frame: 'von' },
  { inf: 'erzählen', pres: 'erzählt', past: 'erzählte', part: 'erzählt' },
  { inf: 'zitieren', pres: 'zitiert', past: 'zitierte', part: 'zitiert' },
  { inf: 'wissen', pres: 'weiß', past: 'wusste', part: 'gewusst' },
  { inf: 'denken', pres: 'denkt', past: 'dachte', part: 'gedacht' },
  { inf: 'nehmen', pres: 'nimmt', past: 'nahm', part: 'genommen', particle: 'an' },
  { inf: 'sehen', pres: 'sieht', past: 'sah', part: 'gesehen', frame: 'als' },
  { inf: 'legen', pres: 'legt', past: 'legte', part: 'gelegt', particle: 'vor', act: true },
  { inf: 'werfen', pres: 'wirft', past: 'warf', part: 'geworfen', particle: 'vor', act: true },
  { inf: 'rufen', pres: 'ruft', past: 'rief', part: 'gerufen', particle: 'auf', act: true },
  // „übte scharfe Kritik an dem Plan".
  { inf: 'werben', pres: 'wirbt', past: 'warb', part: 'geworben', frame: 'für', act: true },
  { inf: 'begründen', pres: 'begründet', past: 'begründete', part: 'begründet', frame: 'mit', act: true },
  { inf: 'weisen', pres: 'weist', past: 'wies', part: 'gewiesen', particle: 'zurück', act: true },
  { inf: 'legen', pres: 'legt', past: 'legte', part: 'gelegt', particle: 'nahe' },
  { inf: 'plädieren', pres: 'plädiert', past: 'plädierte', part: 'plädiert', act: true },
  { inf: 'dementieren', pres: 'dementiert', past: 'dementierte', part: 'dementiert', act: true },
  { inf: 'verteidigen', pres: 'verteidigt', past: 'verteidigte', part: 'verteidigt', act: true },
  { inf: 'unterstützen', pres: 'unterstützt', past: 'unterstützte', part: 'unterstützt', act: true },
  { inf: 'befürworten', pres: 'befürwortet', past: 'befürwortete', part: 'befürwortet', act: true },
  { inf: 'üben', pres: 'übt', past: 'übte', part: 'geübt', frame: 'kritik', act: true },
  { inf: 'fordern', pres: 'fordert', past: 'forderte', part: 'gefordert', particle: 'auf', act: true },
  // „Anwohner beklagen Lärm". (Not „nennen": „nennt das Konzept eine ‚Politik für …'" is the author's sentence.)
  { inf: 'beklagen', pres: 'beklagt', past: 'beklagte', part: 'beklagt', act: true },
];

/** English claim verbs: forms, and a complement word when the verb needs one ("called for"). */
/** English claim verb forms; `toInfinitive` when its content may be a to-infinitive ("urged X to act"). */
type EnVerb = { forms: string[]; frame?: string; toInfinitive?: boolean; act?: boolean };

const EN: EnVerb[] = [
  // Past and 3rd person only: "demand", "calls", "demands" are also nouns.
  { forms: ['called'], frame: 'for' },
  { forms: ['urged'], act: true, toInfinitive: true },
  { forms: ['urges'], toInfinitive: true },
  { forms: ['demanded'], act: true, toInfinitive: true },
  { forms: ['rejected', 'rejects'], act: true },
  { forms: ['denied', 'denies'], act: true },
  { forms: ['criticized', 'criticised', 'criticizes', 'criticises'], act: true },
  { forms: ['pledged', 'vowed'], act: true, toInfinitive: true },
  // Also plural nouns ("empty promises"): speech only with a clause or to-infinitive.
  { forms: ['pledges', 'vows'], toInfinitive: true },
  { forms: ['promised'], act: true, toInfinitive: true },
  { forms: ['promises'], toInfinitive: true },
  { forms: ['announced', 'announces'], act: true },
  { forms: ['warned', 'warns'], toInfinitive: true },
  { forms: ['reiterated', 'reiterates'] },
  { forms: ['praised', 'praises', 'welcomed', 'welcomes', 'condemned', 'condemns', 'opposed', 'opposes', 'endorsed', 'endorses'], act: true },
  { forms: ['proposed', 'proposes', 'recommended', 'recommends'], act: true },
  { forms: ['confirmed', 'confirms', 'reported'], act: true },
  { forms: ['cited', 'cites'], act: true },
  // Plural present forms that are not also common nouns (Hospital groups oppose the measure).
  { forms: ['oppose', 'reject', 'criticize', 'criticise', 'condemn', 'deny', 'dispute'], act: true },
  { forms: ['defended', 'defends', 'backed', 'backs', 'supported', 'supports', 'championed', 'champions'], act: true },
  // Findings of courts and reports: "The court ruled that …", "The inquiry concluded that …".
  { forms: ['ruled', 'rules', 'concluded', 'concludes'] },
];

const pastPlural = (past: string): string => (past.endsWith('e') ? `${past}n` : `${past}en`);

/** One generated form: the particle a finite form needs at the clause end, and a complement word. */
export type ClaimVerbForm = {
  form: string;
  lemma: string;
  particle: string | null;
  frame: string | null;
  /** The word that must stand right before this form („deutlich gemacht"), or null. */
  wordBefore: string | null;
};

const deForms = (v: DeVerb): ClaimVerbForm[] => {
  const lemma = `${v.particle ?? ''}${v.inf}`;
  const frame = v.frame ?? null;
  const finite = [v.pres, v.past, pastPlural(v.past)];
  // Separable: „lehnte … ab" (finite, particle later), „ablehnte", „abgelehnt", „ablehnen" (joined).
  const joined = [...(v.particle ? finite : []), v.inf, v.part].map((f) => `${v.particle ?? ''}${f}`);
  const split = v.joinedOnly ? [] : v.particle ? [...finite, v.inf] : finite;
  // „deutlich gemacht" is also written as two words: the non-finite forms after their particle.
  const twoWord = v.separateWord ? [v.inf, v.part, ...finite].map((form) => ({ form, lemma, particle: null, frame, wordBefore: v.particle ?? null })) : [];
  return [
    ...split.map((form) => ({ form, lemma, particle: v.particle ?? null, frame, wordBefore: null })),
    ...joined.map((form) => ({ form, lemma, particle: null, frame, wordBefore: null })),
    ...twoWord,
  ];
};

const enForms = (v: EnVerb): ClaimVerbForm[] => v.forms.map((form) => ({ form, lemma: v.forms[0], particle: null, frame: v.frame ?? null, wordBefore: null }));

/** Generated forms of the claim verbs, by language (a form may repeat with another particle). */
export const CLAIM_VERB_FORMS: Record<Lang, ClaimVerbForm[]> = {
  de: DE.flatMap(deForms),
  en: EN.flatMap(enForms),
};

/** Participles of the German claim verbs that end like infinitives („versprochen", „unterstrichen"). */
export const DE_CLAIM_PARTICIPLES = new Set(DE.map((v) => `${v.particle ?? ''}${v.part}`).filter((p) => p.endsWith('en')));

/**
 * Forms of speech acts that hold a claim even with a plain object and no clause („Die Grünen
 * fordern einen Stopp", "The union rejected the offer"): they report when their subject is a source.
 */
export const ACT_FORMS: Record<Lang, Set<string>> = {
  de: new Set(DE.filter((v) => v.act).flatMap(deForms).filter((f) => !f.wordBefore).map((f) => f.form)),
  en: new Set(EN.filter((v) => v.act).flatMap(enForms).map((f) => f.form)),
};

/** English forms whose to-infinitive is the reported content ("urged lawmakers to reject", "promised to cut"). */
export const EN_TO_INFINITIVE_FORMS = new Set(EN.filter((v) => v.toInfinitive).flatMap((v) => v.forms));
