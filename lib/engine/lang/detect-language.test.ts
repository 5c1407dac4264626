import { describe, expect, it } from 'vitest';
import { analyzeText } from '../index';
import { clearWinner, countStopwords, detectLanguage, sampleForDetection, SAMPLE_CHARS } from './detect-language';

describe('detectLanguage', () => {
  it('detects longer German and English text', () => {
    expect(detectLanguage('Der Gemeinderat hat am Dienstag beschlossen, die Grundsteuer im kommenden Jahr nicht zu erhöhen.')).toBe('de');
    expect(detectLanguage('The council decided on Tuesday not to raise property taxes next year, the mayor said.')).toBe('en');
  });

  it('uses stopwords for short text and defaults to English', () => {
    expect(detectLanguage('Das ist nicht gut')).toBe('de');
    expect(detectLanguage('it is not fine')).toBe('en');
    expect(detectLanguage('12345')).toBe('en');
  });

  it('decides a German sentence with English names and titles by its stopwords', () => {
    const text = 'Die NATO Mission Iraq (NMI) ist die letzte Mission der NATO außerhalb des europäischen Raums, und sie wird von Bagdad aus geführt.';
    expect(detectLanguage(text)).toBe('de');
  });

  it('falls back to tinyld when the vote is close', () => {
    // No stopword of either list: the vote is 0:0 and tinyld decides.
    expect(clearWinner(countStopwords('Bundesregierung beschließt Haushaltsentwurf: Verteidigungsausgaben steigen deutlich'))).toBeNull();
    expect(detectLanguage('Bundesregierung beschließt Haushaltsentwurf: Verteidigungsausgaben steigen deutlich')).toBe('de');
    expect(detectLanguage('Government approves budget draft: defence spending rises sharply, officials say')).toBe('en');
  });

  it('looks only at the start of a long document', () => {
    const german = 'Der Rat hat die Pläne für den Neubau der Schule am Montag gebilligt. '.repeat(100);
    const english = 'The council approved the plans for the new school on Monday. '.repeat(1000);
    expect(detectLanguage(german + english)).toBe('de');
    expect(detectLanguage(english + german)).toBe('en');
  });
});

describe('countStopwords', () => {
  it('counts German and English stopwords case-insensitively, plus one for umlauts', () => {
    expect(countStopwords('Die Stadt und der Kreis')).toEqual({ de: 3, en: 0 });
    expect(countStopwords('The city and the county')).toEqual({ de: 0, en: 3 });
    expect(countStopwords('Größe')).toEqual({ de: 1, en: 0 });
  });

  it('reads words as runs of letters and apostrophes, as /[\\p{L}\']+/u does', () => {
    // "it's" is one word (no stopword); "DIE," and "(the)" are stopwords; digits split words.
    expect(countStopwords("it's DIE, (the) und3der")).toEqual({ de: 3, en: 1 });
    // Words longer than any stopword are skipped unread; astral letters belong to their word.
    expect(countStopwords('Bundesverfassungsgericht und 𝐃ie die')).toEqual({ de: 2, en: 0 });
    expect(countStopwords('')).toEqual({ de: 0, en: 0 });
  });
});

describe('clearWinner', () => {
  it('needs four votes and more than twice the other side', () => {
    expect(clearWinner({ de: 4, en: 1 })).toBe('de');
    expect(clearWinner({ de: 1, en: 9 })).toBe('en');
    expect(clearWinner({ de: 3, en: 0 })).toBeNull();
    expect(clearWinner({ de: 8, en: 4 })).toBeNull();
    expect(clearWinner({ de: 0, en: 0 })).toBeNull();
  });
});

describe('sampleForDetection', () => {
  it('returns short text whole', () => {
    expect(sampleForDetection('Ein Satz. Noch einer.')).toBe('Ein Satz. Noch einer.');
  });

  it('cuts a long text at the last sentence end within the bound', () => {
    const sentence = 'Der Rat hat am Montag getagt. ';
    const sample = sampleForDetection(sentence.repeat(500));
    expect(sample.length).toBeLessThanOrEqual(SAMPLE_CHARS);
    expect(sample.length).toBeGreaterThan(SAMPLE_CHARS - sentence.length);
    expect(sample.endsWith('getagt.')).toBe(true);
  });

  it('accepts closing quotes after the sentence end', () => {
    const text = `${'x'.repeat(70)} „Wir bleiben.“ ${'y'.repeat(40)}`;
    expect(sampleForDetection(text, 100)).toBe(`${'x'.repeat(70)} „Wir bleiben.“`);
  });

  it('cuts at a space when no sentence ends in the second half', () => {
    const text = `${'wort '.repeat(30)}`;
    const sample = sampleForDetection(text, 52);
    expect(sample).toBe('wort '.repeat(10).trimEnd());
  });

  it('keeps the plain prefix when there is no space at all', () => {
    expect(sampleForDetection('a'.repeat(200), 50)).toBe('a'.repeat(50));
  });
});

describe('analyzeText', () => {
  it('flags checkworthy factual posts and subjective opinion posts', () => {
    const fact = analyzeText('Der Bund gab 2023 rund 50 Milliarden Euro für Verteidigung aus.');
    expect(fact).toMatchObject({ lang: 'de', checkworthy: true, subjective: false });
    const opinion = analyzeText('I think this is a terrible and stupid decision. They should be ashamed, honestly, it is awful.');
    expect(opinion.subjective).toBe(true);
    expect(opinion.checkworthy).toBe(false);
  });
});
