import { describe, expect, it } from 'vitest';
import { analyzeText, extractClaims } from '../index';
import { buildPolarWords } from './polar-words';

// A tiny invented lexicon in the shape of data/lexicons/polarity-{de,en}.json.
const words = buildPolarWords({ de: { skandalös: -0.8, lahm: -0.5, gut: 0.1 }, en: { fiasco: -0.7, shrewd: 0.5, fine: 0.2 } });

describe('polar words', () => {
  it('adds German inflected forms and keeps only clear polarity', () => {
    expect(words.de.has('skandalöse')).toBe(true);
    expect(words.de.has('lahmen')).toBe(true);
    expect(words.de.has('gut')).toBe(false);
    expect(words.en.has('fiasco')).toBe(true);
    expect(words.en.has('fine')).toBe(false);
  });

  it('makes an author\'s sentence subjective, with the word as cue', () => {
    const c = extractClaims('Die Konjunktur bleibt in einem lahmen Zustand.', { lang: 'de', polarWords: words }).claims[0];
    expect(c).toMatchObject({ subjective: true });
    expect(c.subjectiveCues).toContain('lahmen');
    expect(analyzeText('Tying the striker down was a shrewd move.', { lang: 'en', polarWords: words }).subjective).toBe(true);
  });

  it('leaves a neutral report of someone else\'s judgement objective', () => {
    expect(analyzeText('The board described the plan as a fiasco, the minister said.', { lang: 'en', polarWords: words }).subjective).toBe(false);
    expect(analyzeText('Der Minister sagte, die Lage sei skandalös.', { lang: 'de', polarWords: words }).subjective).toBe(false);
  });

  it('ignores capitalised English words inside a sentence (names) and words in quotation marks', () => {
    expect(analyzeText('The Fiasco Theatre opened on Monday.', { lang: 'en', polarWords: words }).subjective).toBe(false);
  });
});
