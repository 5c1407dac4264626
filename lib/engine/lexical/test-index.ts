// A tiny hand-made LexiconIndex for unit tests: a handful of German dictionary stems, German→English
// translations, shared synonym ids, polarity scores and one antonym pair. Every key is computed
// with the same Snowball stemmer the resources use, so inflected forms find their entries.
// Also a builder of CompareClaims for tests.
import type { CompareClaim } from '../compare/types';
import { extractClaims } from '../index';
import type { Lang, Quantity } from '../types';
import { buildResources, stemOf, type LexicalResources } from './resources';
import type { LexiconIndex } from './types';

const de = (word: string) => stemOf('de', word);
const en = (word: string) => stemOf('en', word);

/** Synonym set ids; ids in [100, 200) are English noun synsets. */
export const SYN = { vehicle: 1, plan: 100, passenger: 101, budget: 102, good: 300 } as const;

export function testIndex(): LexiconIndex {
  return {
    version: 1,
    sources: ['unit-test'],
    stopwords: {
      de: ['der', 'die', 'das', 'den', 'ein', 'eine', 'und', 'ab', 'von', 'bei'],
      en: ['the', 'a', 'an', 'and', 'of', 'to', 'at'],
    },
    knownDe: ['wohnung', 'bus', 'fahrzeug', 'fahrgast', 'plan', 'vorhaben', 'haushalt', 'defizit'].map(de),
    translations: {
      [de('fahrgast')]: [en('passenger')],
      [de('plan')]: [en('plan')],
      [de('vorhaben')]: [en('plan'), en('project')],
      [de('fahrzeug')]: [en('vehicle')],
      [de('defizit')]: [en('deficit')],
      [de('gut')]: [en('good')],
      [de('schlecht')]: [en('bad')],
    },
    synonyms: {
      de: { [de('Busse')]: [SYN.vehicle], [de('Fahrzeuge')]: [SYN.vehicle], [de('Plan')]: [SYN.plan] },
      en: {
        [en('plan')]: [SYN.plan],
        [en('project')]: [SYN.plan],
        [en('passenger')]: [SYN.passenger],
        [en('rider')]: [SYN.passenger],
        [en('budget')]: [SYN.budget],
        [en('good')]: [SYN.good],
      },
    },
    englishNounSynsets: [100, 200],
    antonyms: [[en('bad'), en('good')]],
    polarity: {
      de: { [de('begrüßen')]: 0.48, [de('ablehnen')]: -0.49 },
      en: { [en('praise')]: 0.6, [en('reckless')]: -0.42 },
    },
    nounClasses: { person: { de: [de('Fahrgäste'), de('Einwohner')], en: ['passenger', 'employee', 'resident'] } },
  };
}

/** Resources over testIndex(). */
export function testResources(): LexicalResources {
  return buildResources(testIndex());
}

/** [surface text, value, unit, subject]. */
export type QuantitySpec = [text: string, value: number, unit: string | null, subject: string | null];

/**
 * A CompareClaim whose text starts at document offset `start`; quantities are given by hand
 * (offsets are computed as document offsets) or, when omitted, taken from the extractor.
 */
export function testClaim(
  id: string,
  lang: Lang,
  text: string,
  opts: { q?: QuantitySpec[]; start?: number; documentId?: string; entities?: string[] } = {},
): CompareClaim {
  const start = opts.start ?? 0;
  const extracted = opts.q ? null : extractClaims(text, { lang }).claims;
  const quantities: Quantity[] = opts.q
    ? opts.q.map(([surface, value, unit, subject]) => {
        const at = text.indexOf(surface);
        if (at < 0) throw new Error(`"${surface}" is not in "${text}"`);
        return { text: surface, start: start + at, end: start + at + surface.length, value, qualifier: 'exact', unit, subject };
      })
    : extracted!.flatMap((c) => c.quantities.map((q) => ({ ...q, start: start + q.start, end: start + q.end })));
  const entities = opts.entities
    ? opts.entities.map((canonical) => ({ canonical, type: 'person' as const }))
    : (extracted ?? []).flatMap((c) => c.entities.map((e) => ({ canonical: e.canonical, type: e.type })));
  return {
    id,
    documentId: opts.documentId ?? id.split('-')[0],
    text,
    kind: 'factual',
    speaker: null,
    hedged: false,
    negated: false,
    quantities,
    entities,
    lang,
    start,
  };
}
