import { describe, expect, it } from 'vitest';
import { keyPhrase, labelProposition } from './label';
import { DEFAULT_LEXICON } from './lexicon';
import { stemWord } from './tokens';
import type { CompareClaim } from './types';

const claim = (id: string, documentId: string, text: string, entities: string[] = []): CompareClaim => ({
  id, documentId, text, kind: 'factual', speaker: null, hedged: false, negated: false, quantities: [], lang: 'de',
  entities: entities.map((canonical) => ({ canonical, type: 'organization' as const })),
});

describe('keyPhrase', () => {
  it('is the shortest stretch as written that holds the most shared words', () => {
    const shared = new Set(['Einladung', 'irakischen', 'Regierung'].map(stemWord));
    expect(keyPhrase([claim('a', 'x', 'Die NATO ist auf Einladung der irakischen Regierung im Land.')], shared)).toBe('Einladung der irakischen Regierung');
  });

  it('is never a stretch of names alone, nor one with numbers', () => {
    const names = new Set(['georg', 'auer']);
    expect(keyPhrase([claim('a', 'x', 'Georg Auer sprach.')], new Set(['georg', 'auer']), names)).toBeNull();
    expect(keyPhrase([claim('a', 'x', 'Die Klinik hat 420 Betten.')], new Set(['klinik', 'bett']))).toBeNull();
  });
});

describe('labelProposition', () => {
  it('reads as the key phrase of the earliest claim', () => {
    const claims = [claim('a', 'x', 'Der Kreistag befürwortet die Fusion mit breiter Mehrheit.'), claim('b', 'y', 'Der Kreistag lehnt eine Fusion inzwischen ab.')];
    expect(labelProposition(claims, DEFAULT_LEXICON).label).toMatch(/Kreistag befürwortet die Fusion$/);
  });
});
