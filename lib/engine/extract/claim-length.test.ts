import { describe, expect, it } from 'vitest';
import { extractClaims, MAX_CLAIM_CHARS } from '../index';

describe('the claim-length cap', () => {
  const runOn = 'The council said the city spends 40 million euros on the tram and '.repeat(200);

  it('does not make a sentence over the cap a claim, and reports it', () => {
    const text = `The mayor said the line opens in 2026. ${runOn}`;
    const result = extractClaims(text, { lang: 'en' });
    expect(runOn.length).toBeGreaterThan(MAX_CLAIM_CHARS);
    expect(result.claims.map((c) => c.text)).toEqual(['The mayor said the line opens in 2026.']);
    expect(result.overLong).toEqual([{ start: 39, end: text.trimEnd().length }]);
  });

  it('takes the cap as an option', () => {
    const text = 'The mayor said the line opens in 2026.';
    expect(extractClaims(text, { lang: 'en', maxClaimChars: 20 }).claims).toEqual([]);
    expect(extractClaims(text, { lang: 'en' }).claims).toHaveLength(1);
  });
});
