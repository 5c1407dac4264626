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
type DeVerb = { inf: string; pres: string; past: string; part: string; particle?: string; frame?: string; joinedOnly?: boolean; separateWord?: boolean };

const DE: DeVerb[] = [
  { inf: 'fordern', pres: 'fordert', past: 'forderte', part: 'gefordert' },
  { inf: 'verlangen', pres: 'verlangt', past: 'verlangte', part: 'verlangt' },
  { inf: 'lehnen', pres: 'lehnt', past: 'lehnte', part: 'gelehnt', particle: 'ab' },
  { inf: 'kritisieren', pres: 'kritisiert', past: 'kritisierte', part: 'kritisiert' },
  { inf: 'bemängeln', pres: 'bemängelt', past: 'bemängelte', part: 'bemängelt' },
  { inf: 'warnen', pres: 'warnt', past: 'warnte', part: 'gewarnt' },
  { inf: 'versprechen', pres: 'verspricht', past: 'versprach', part: 'versprochen' },
  { inf: 'kündigen', pres: 'kündigt', past: 'kündigte', part: 'gekündigt', particle: 'an' },
  { inf: 'betonen', pres: 'betont', past: 'betonte', part: 'betont' },
  { inf: 'erklären', pres: 'erklärt', past: 'erklärte', part: 'erklärt' },
  { inf: 'bestätigen', pres: 'bestätigt', past: 'bestätigte', part: 'bestätigt' },
  { inf: 'berichten', pres: 'berichtet', past: 'berichtete', part: 'berichtet' },
  { inf: 'sprechen', pres: 'spricht', past: 'sprach', part: 'gesprochen', frame: 'von' },
  { inf: 'führen', pres: 'führt', past: 'führte', part: 'geführt', particle: 'aus' },
  { inf: 'weisen', pres: 'weist', past: 'wies', part: 'gewiesen', particle: 'hin' },
  { inf: 'mahnen', pres: 'mahnt', past: 'mahnte', part: 'gemahnt', particle: 'an' },
  { inf: 'schlagen', pres: 'schlägt', past: 'schlug', part: 'geschlagen', particle: 'vor' },
  { inf: 'legen', pres: 'legt', past: 'legte', part: 'gelegt', particle: 'dar', joinedOnly: true },
  { inf: 'stellen', pres: 'stellt', past: 'stellte', part: 'gestellt', particle: 'dar', joinedOnly: true },
  { inf: 'behaupten', pres: 'behauptet', past: 'behauptete', part: 'behauptet' },
  { inf: 'bekräftigen', pres: 'bekräftigt', past: 'bekräftigte', part: 'bekräftigt' },
  { inf: 'unterstreichen', pres: 'unterstreicht', past: 'unterstrich', part: 'unterstrichen' },
  { inf: 'sagen', pres: 'sagt', past: 'sagte', part: 'gesagt' },
  // Adjective + verb predicates: „macht deutlich, dass", „hat deutlich gemacht, dass", „klargemacht".
  { inf: 'machen', pres: 'macht', past: 'machte', part: 'gemacht', particle: 'deutlich', separateWord: true },
  { inf: 'machen', pres: 'macht', past: 'machte', part: 'gemacht', particle: 'klar', separateWord: true },
];

/** English claim verbs: forms, and a complement word when the verb needs one ("called for"). */
/** English claim verb forms; `toInfinitive` when its content may be a to-infinitive ("urged X to act"). */
type EnVerb = { forms: string[]; frame?: string; toInfinitive?: boolean };

const EN: EnVerb[] = [
  // Past and 3rd person only: "demand", "calls", "demands" are also nouns.
  { forms: ['called'], frame: 'for' },
  { forms: ['urged', 'urges'], toInfinitive: true },
  { forms: ['demanded'], toInfinitive: true },
  { forms: ['rejected', 'rejects'] },
  { forms: ['denied', 'denies'] },
  { forms: ['criticized', 'criticised', 'criticizes', 'criticises'] },
  { forms: ['pledged', 'pledges', 'vowed', 'vows'], toInfinitive: true },
  { forms: ['promised', 'promises'], toInfinitive: true },
  { forms: ['announced', 'announces'] },
  { forms: ['warned', 'warns'], toInfinitive: true },
  { forms: ['reiterated', 'reiterates'] },
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

/** English forms whose to-infinitive is the reported content ("urged lawmakers to reject", "promised to cut"). */
export const EN_TO_INFINITIVE_FORMS = new Set(EN.filter((v) => v.toInfinitive).flatMap((v) => v.forms));
