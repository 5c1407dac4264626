import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';

const first = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims[0];

describe('record idioms with never / noch nie are not negation', () => {
  it.each([
    ['en', 'Demand for rail tickets has never been higher.'],
    ['en', 'The river has never been this low in August.'],
    ['en', 'Their defence never looked stronger than this season.'],
    ['de', 'Die Wartezeiten beim Bürgeramt waren noch nie so lang.'],
    ['de', 'Noch nie lagen die Baukosten höher als in diesem Frühjahr.'],
  ] as const)('[%s] %s', (lang, text) => {
    expect(first(text, lang).negated).toBe(false);
  });

  it.each([
    ['en', 'The council never published the audit.'],
    ['en', 'He has never been to the site himself.'],
    ['de', 'So einen Sturm hat es hier noch nie gegeben.'],
  ] as const)('keeps real negation: [%s] %s', (lang, text) => {
    expect(first(text, lang).negated).toBe(true);
  });
});

describe('German predictions', () => {
  it('finds „rechnet … mit" with words in between', () => {
    expect(first('Der Handelsverband rechnet im Weihnachtsgeschäft mit leichten Umsatzeinbußen.', 'de').kind).toBe('prediction');
  });

  it('reads ge- infinitives after „wird" as future', () => {
    expect(first('Einen neuen Termin wird es vor Ostern nicht mehr geben.', 'de').kind).toBe('prediction');
    expect(first('Die Regel wird ab Juli auch für Kleinbetriebe gelten.', 'de').kind).toBe('prediction');
  });

  it('keeps passive present with a ge- participle factual', () => {
    expect(first('Die Halle wird jeden Winter als Notunterkunft genutzt.', 'de').kind).toBe('factual');
  });
});
