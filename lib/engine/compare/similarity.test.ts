import { describe, expect, it } from 'vitest';
import { claim } from './fixtures/helpers';
import { DEFAULT_LEXICON, isAcronymOf, matchConcepts, matchEntities, nameKey, PAIR_WEIGHTS, scoreClaimPair, stemWord, tokenize } from './index';

const de = (id: string, text: string, entities: [string, 'organization' | 'place' | 'person'][] = []) =>
  claim(id, 'doc-de', 'de', '2020', text, { entities });
const en = (id: string, text: string, entities: [string, 'organization' | 'place' | 'person'][] = []) =>
  claim(id, 'doc-en', 'en', '2024', text, { entities });

describe('tokens and stems', () => {
  it('splits hyphenated compounds and drops stopwords from content', () => {
    const tokens = tokenize('Die NATO-Truppen sind willkommen.');
    expect(tokens.map((t) => t.surface)).toEqual(['Die', 'NATO', 'Truppen', 'sind', 'willkommen']);
    expect(tokens.filter((t) => t.isStopword).map((t) => t.lower)).toEqual(['die', 'sind']);
  });

  it('stems German and English inflections to shared prefixes', () => {
    expect(stemWord('Einladungen')).toBe(stemWord('Einladung'));
    expect(stemWord('soldiers')).toBe(stemWord('soldier'));
    expect(stemWord('welcomed')).toBe(stemWord('welcome'));
    expect(stemWord('countries')).toBe('country');
    expect(stemWord('Abzüge')).toBe(stemWord('Abzuge'));
  });
});

describe('concept matching', () => {
  it('matches across German and English, inflections and compounds', () => {
    const ids = (text: string) => matchConcepts(text, DEFAULT_LEXICON).map((h) => h.groupId);
    expect(ids('Die Einladung der Regierung')).toContain('welcome');
    expect(ids('an invitation from the government')).toContain('welcome');
    expect(ids('Abzugsforderungen wurden laut')).toContain('welcome');
    expect(ids('Bundeswehrsoldaten sind im Land')).toContain('troops');
    expect(ids('Die Impfquote steigt')).toContain('vaccination');
    expect(ids('unemployment rose')).not.toContain('jobs');
  });

  it('marks opposites with pole −1 and prefers the longer term', () => {
    const hits = matchConcepts('Die Mission ist unerwünscht', DEFAULT_LEXICON).filter((h) => h.groupId === 'welcome');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ pole: -1, term: 'unerwünscht' });
  });
});

describe('entity matching', () => {
  it('matches canonical names case-insensitively, aliases and acronyms', () => {
    expect(nameKey('USA')).toBe(nameKey('United States'));
    expect(nameKey('amerikanischen')).toBe('us');
    expect(isAcronymOf('NATO', 'North Atlantic Treaty Organization')).toBe(true);
    expect(isAcronymOf('UNSMV', 'UN Stabilisation Mission in Valdoria')).toBe(true);
    expect(isAcronymOf('EU', 'NATO Mission')).toBe(false);
    const matches = matchEntities([{ canonical: 'Nato' }, { canonical: 'NMI' }], [{ canonical: 'NATO' }, { canonical: 'NATO Mission Iraq' }]);
    expect(matches.map((m) => m.via)).toEqual(['name', 'acronym']);
  });
});

describe('scoreClaimPair', () => {
  const left = de('l1', 'Die Mission ist auf Einladung der Regierung im Land und willkommen.', [['Nordbund', 'organization']]);
  const right = en('r1', 'The Nordbund mission is highly regarded by the government.', [['Nordbund', 'organization']]);

  it('links a German and an English claim through concepts and entities', () => {
    const pair = scoreClaimPair(left, right, DEFAULT_LEXICON);
    expect(pair.score).toBeGreaterThan(0.4);
    expect(pair.parts.concepts).toBeGreaterThan(0.5);
    expect(pair.parts.entities).toBe(1);
    expect(pair.explanation).toContain('shared entity: Nordbund');
    expect(pair.explanation.join(' | ')).toMatch(/shared concept: welcome\/acceptance \(Einladung, willkommen ↔ highly regarded\)/);
  });

  it('scores unrelated claims low', () => {
    const other = en('r2', 'A storm damaged the harbour cranes.');
    const pair = scoreClaimPair(left, other, DEFAULT_LEXICON);
    expect(pair.score).toBeLessThan(0.2);
    expect(pair.explanation).toEqual([]);
  });

  it('adds optional database scores with their documented weights', () => {
    const base = scoreClaimPair(left, right, DEFAULT_LEXICON);
    const high = scoreClaimPair(left, right, DEFAULT_LEXICON, { trigram: 1, fts: 1 });
    const low = scoreClaimPair(left, right, DEFAULT_LEXICON, { trigram: 0, fts: 0 });
    expect(high.score).toBeGreaterThan(base.score);
    expect(low.score).toBeLessThan(base.score);
    expect(high.parts).toMatchObject({ trigram: 1, fts: 1 });
    expect(high.explanation.join(' ')).toMatch(/trigram similarity 1 \(database\)/);
    expect(PAIR_WEIGHTS.trigram).toBeGreaterThan(0);
  });

  it('is symmetric in its score', () => {
    expect(scoreClaimPair(right, left, DEFAULT_LEXICON).score).toBe(scoreClaimPair(left, right, DEFAULT_LEXICON).score);
  });
});
