import { describe, expect, it } from 'vitest';
import { buildResources, singularEn, stemOf } from './resources';
import { SYN, testIndex, testResources } from './test-index';

const keysOf = (senses: { key: string }[]) => senses.map((s) => s.key);

describe('stemOf', () => {
  it('gives Snowball stems, lowercased, umlauts folded', () => {
    expect(stemOf('de', 'Fahrgäste')).toBe('fahrgast');
    expect(stemOf('de', 'Fahrzeugen')).toBe('fahrzeug');
    expect(stemOf('de', 'Wohnungen')).toBe('wohnung');
    expect(stemOf('en', 'passengers')).toBe('passeng');
    expect(stemOf('en', 'Praised')).toBe('prais');
  });

  it("drops an English possessive 's", () => {
    expect(stemOf('en', "council's")).toBe('council');
    expect(stemOf('en', 'council’s')).toBe('council');
  });
});

describe('buildResources over a hand-made index', () => {
  const res = testResources();

  it('lists the own stem first', () => {
    for (const [lang, word] of [['de', 'Fahrzeuge'], ['en', 'passengers'], ['de', 'Sozialwohnungen']] as const) {
      expect(res.sensesOf(lang, word)[0]).toEqual({ key: `${lang}:${stemOf(lang, word)}`, kind: 'own' });
    }
  });

  it('keys a German compound under its head ("Sozialwohnungen" → wohnung)', () => {
    const senses = res.sensesOf('de', 'Sozialwohnungen');
    expect(senses).toContainEqual({ key: 'de:wohnung', kind: 'head' });
  });

  it('translates an unknown compound through its head ("Linienfahrzeuge" → vehicle)', () => {
    const senses = res.sensesOf('de', 'Linienfahrzeuge');
    expect(senses).toContainEqual({ key: 'de:fahrzeug', kind: 'head' });
    expect(senses).toContainEqual({ key: 'en:vehicl', kind: 'translation' });
  });

  it('does not split a word that is itself in the dictionary', () => {
    expect(res.sensesOf('de', 'Wohnungen').filter((s) => s.kind === 'head')).toEqual([]);
  });

  it('gives German words the English keys of their translations', () => {
    expect(res.sensesOf('de', 'Fahrgäste')).toContainEqual({ key: 'en:passeng', kind: 'translation' });
    expect(keysOf(res.sensesOf('en', 'passengers'))).toContain('en:passeng');
    const vorhaben = res.sensesOf('de', 'Vorhaben');
    expect(vorhaben).toContainEqual({ key: 'en:plan', kind: 'translation' });
    expect(vorhaben).toContainEqual({ key: 'en:project', kind: 'translation' });
  });

  it('adds the synonym sets of translations as related keys', () => {
    expect(res.sensesOf('de', 'Fahrgäste')).toContainEqual({ key: `syn:${SYN.passenger}`, kind: 'related' });
    expect(res.sensesOf('en', 'riders')).toContainEqual({ key: `syn:${SYN.passenger}`, kind: 'synonym' });
  });

  it('shares synonym ids between German words', () => {
    const bus = keysOf(res.sensesOf('de', 'Busse'));
    const fahrzeug = keysOf(res.sensesOf('de', 'Fahrzeugen'));
    expect(bus).toContain(`syn:${SYN.vehicle}`);
    expect(fahrzeug).toContain(`syn:${SYN.vehicle}`);
  });

  it('lists each key once', () => {
    for (const [lang, word] of [['de', 'Vorhaben'], ['de', 'Plan'], ['de', 'Sozialwohnungen'], ['en', 'plans']] as const) {
      const keys = keysOf(res.sensesOf(lang, word));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('gives unknown words only their own stem', () => {
    expect(res.sensesOf('de', 'Straßenbahn')).toEqual([{ key: `de:${stemOf('de', 'Straßenbahn')}`, kind: 'own' }]);
    expect(res.sensesOf('en', 'tram')).toEqual([{ key: 'en:tram', kind: 'own' }]);
  });

  it('reads polarity of inflected forms through the stem', () => {
    expect(res.polarityOf('de', 'begrüßen')).toBeCloseTo(0.48);
    expect(res.polarityOf('de', 'ablehnenden')).toBeCloseTo(-0.49);
    expect(res.polarityOf('en', 'praised')).toBeCloseTo(0.6);
    expect(res.polarityOf('en', 'Praising')).toBeCloseTo(0.6);
    expect(res.polarityOf('en', 'reckless')).toBeCloseTo(-0.42);
    expect(res.polarityOf('en', 'tram')).toBe(0);
  });

  it('finds antonyms in either order, German words through their translations', () => {
    expect(res.areAntonyms('en', 'good', 'bad')).toBe(true);
    expect(res.areAntonyms('en', 'bad', 'good')).toBe(true);
    expect(res.areAntonyms('de', 'gut', 'schlecht')).toBe(true);
    expect(res.areAntonyms('en', 'good', 'plan')).toBe(false);
    expect(res.areAntonyms('de', 'Plan', 'Vorhaben')).toBe(false);
  });

  it('knows nouns: English through noun synsets, German through the dictionary', () => {
    expect(res.isNoun('en', 'plans')).toBe(true);
    // "good" has only a synset outside the noun range.
    expect(res.isNoun('en', 'good')).toBe(false);
    expect(res.isNoun('de', 'Fahrzeuge')).toBe(true);
    expect(res.isNoun('de', 'laufen')).toBe(false);
  });

  it('reads stop words case-insensitively per language', () => {
    expect(res.isStopword('de', 'Der')).toBe(true);
    expect(res.isStopword('en', 'the')).toBe(true);
    expect(res.isStopword('en', 'der')).toBe(false);
    expect(res.isStopword('en', 'plan')).toBe(false);
  });

  it('ignores inherited object properties as lexicon keys', () => {
    const index = testIndex();
    const own = buildResources(index);
    expect(own.polarityOf('en', 'constructor')).toBe(0);
    expect(own.sensesOf('de', 'constructor')).toHaveLength(1);
    expect(own.areAntonyms('de', 'constructor', 'toString')).toBe(false);
  });

  it('keeps each index separate', () => {
    const index = testIndex();
    index.polarity.en[stemOf('en', 'tram')] = 0.3;
    expect(buildResources(index).polarityOf('en', 'tram')).toBeCloseTo(0.3);
    expect(res.polarityOf('en', 'tram')).toBe(0);
  });
});

describe('nounClassOf', () => {
  const res = testResources();
  it('reads the class of a noun and of German forms the dictionary lacks', () => {
    expect(res.nounClassOf('en', 'passengers')).toBe('person');
    expect(res.nounClassOf('de', 'Fahrgäste')).toBe('person');
    // Feminine plural, compound head and a nominalised participle.
    expect(res.nounClassOf('de', 'Einwohnerinnen')).toBe('person');
    expect(res.nounClassOf('de', 'Stadtfahrgäste')).toBe('person');
    expect(res.nounClassOf('de', 'Mitarbeitende')).toBe('person');
    expect(res.nounClassOf('en', 'stops')).toBeNull();
    expect(res.nounClassOf('de', 'Haltestellen')).toBeNull();
  });
});

describe('singularEn', () => {
  it('undoes regular English plurals', () => {
    expect(['nurses', 'cities', 'boxes', 'women', 'children', 'people', 'bus', 'glass'].map(singularEn)).toEqual(['nurse', 'city', 'box', 'woman', 'child', 'person', 'bus', 'glass']);
  });
});
