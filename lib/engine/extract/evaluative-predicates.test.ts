import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';

const kind = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims[0]?.kind;

describe('judgement predicates and rhetorical phrases', () => {
  it.each([
    ['de', 'Das Jugendamt ist mit der Zahl der Fälle völlig überfordert.'],
    ['de', 'Die Reform bleibt halbherzig und kommt zu spät für die Pendler.'],
    ['de', 'Die Stadt tut viel zu wenig für die Sicherheit auf dem Schulweg.'],
    ['de', 'Es wird Zeit, dass die Landesregierung endlich handelt.'],
    ['en', 'The agency’s response to the flooding was inadequate.'],
    ['en', 'Residents deserve better than another round of empty promises.'],
    ['en', 'The board is completely out of touch with the players.'],
    ['en', 'The new menu is mediocre at best.'],
  ] as const)('evaluative: [%s] %s', (lang, text) => {
    expect(kind(text, lang)).toBe('evaluative');
  });

  it.each([
    ['de', 'Die Kosten sind um 12 Prozent überzogen worden, heißt es im Prüfbericht.'],
    ['en', 'Gross domestic product rose by 0.4 percent in the third quarter.'],
    ['en', 'The report lists 14 misleading claims in the campaign’s leaflets.'],
    ['de', 'Für das Wochenende erwartet der Wetterdienst freundliches Wetter mit 24 Grad.'],
  ] as const)('not evaluative: [%s] %s', (lang, text) => {
    expect(kind(text, lang)).not.toBe('evaluative');
  });
});
