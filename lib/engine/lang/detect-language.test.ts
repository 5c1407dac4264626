import { describe, expect, it } from 'vitest';
import { analyzeText } from '../index';
import { detectLanguage } from './detect-language';

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
