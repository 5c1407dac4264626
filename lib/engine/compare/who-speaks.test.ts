import { describe, expect, it } from 'vitest';
import { sharedSubstance, speakerWords } from './who-speaks';
import type { CompareClaim } from './types';

const claim = (text: string, entities: CompareClaim['entities'], speaker: string | null = null, lang: 'de' | 'en' = 'en'): CompareClaim => ({
  id: text.slice(0, 8), documentId: 'd', text, kind: 'factual', speaker, hedged: false, negated: false, quantities: [], entities, lang, start: 0,
});

describe('speakerWords', () => {
  it('reads persons, the role before a name and verbs of saying as who speaks', () => {
    const c = claim('Council leader Robert Haines said the pool was a success.', [{ canonical: 'Robert Haines', type: 'person' }]);
    expect([...speakerWords(c)].sort()).toEqual(['council', 'haines', 'leader', 'robert', 'said']);
  });

  it('keeps organisations and places: they are what is said', () => {
    const c = claim('Der Stadtrat lehnt das Vorhaben ab.', [{ canonical: 'Stadtrat', type: 'organization' }], 'Stadtrat', 'de');
    expect(speakerWords(c).has('stadtrat')).toBe(false);
    const nato = claim('NATO troops stay in Iraq, the minister said.', [{ canonical: 'NATO', type: 'organization' }, { canonical: 'Iraq', type: 'place' }]);
    expect([...speakerWords(nato)]).toEqual(['said']);
  });
});

describe('sharedSubstance', () => {
  it('counts shared words beyond who speaks', () => {
    const who = [{ canonical: 'Robert Haines', type: 'person' as const }];
    const a = claim('Council leader Robert Haines said the pool was a success.', who);
    const b = claim('Council leader Robert Haines said he was proud of the volunteers.', who);
    expect(sharedSubstance([a, b], ['Council', 'leader', 'Robert', 'Haines', 'said'])).toBe(0);
    expect(sharedSubstance([a, b], ['Council', 'leader', 'pool'])).toBe(1);
  });
});
