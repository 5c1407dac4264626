import { describe, expect, it } from 'vitest';
import { doc } from './fixtures/helpers';
import { DEFAULT_LEXICON, readQuantity } from './index';

describe('readQuantity', () => {
  it('treats US, USA, amerikanisch and American as one subject', () => {
    const left = doc('l', 'de', '2020', [['Die amerikanische Präsenz umfasst über 5.000 Soldaten.', { q: [['über 5.000 Soldaten', 5000, 'Soldaten', 'amerikanische', 'over']] }]]);
    expect(readQuantity(left.claims[0].quantities[0], left.claims[0], DEFAULT_LEXICON).entities).toEqual(new Set(['us']));
  });
});
