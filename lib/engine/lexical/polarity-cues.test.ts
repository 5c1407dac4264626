import { describe, expect, it } from 'vitest';
import { tokenize } from '../compare/tokens';
import type { Lang } from '../types';
import { excessWords, polarWords } from './polarity-cues';
import { testResources } from './test-index';

const res = testResources();
const polar = (lang: Lang, text: string, taken = new Set<number>()) => polarWords(tokenize(text), text, lang, res, taken);

describe('polarWords', () => {
  it('finds polar words of the lexicon, weighted by their polarity', () => {
    expect(polar('en', 'The council praised the plan.')).toEqual([{ index: 2, pole: 1, weight: expect.closeTo(0.9, 6), surface: 'praised' }]);
    expect(polar('en', 'The council now calls the plan reckless.')).toEqual([{ index: 6, pole: -1, weight: expect.closeTo(0.72, 6), surface: 'reckless' }]);
    expect(polar('de', 'Die Anwohner begrüßen das Vorhaben.')).toEqual([{ index: 2, pole: 1, weight: expect.closeTo(0.78, 6), surface: 'begrüßen' }]);
  });

  it('reads a German separable verb with its clause-final particle ("lehnen … ab")', () => {
    expect(polar('de', 'Die Anwohner lehnen das Vorhaben ab.')).toEqual([{ index: 2, pole: -1, weight: expect.closeTo(0.79, 6), surface: 'lehnen … ab' }]);
    expect(polar('de', 'Die Anwohner lehnen das Vorhaben ab, weil es laut wird.')).toMatchObject([{ index: 2, pole: -1, surface: 'lehnen … ab' }]);
  });

  it('reads "lehnt … ab" as ablehnen ("Der Kreistag lehnt die Fusion ab.")', () => {
    expect(polar('de', 'Der Kreistag lehnt die Fusion ab.')).toMatchObject([{ index: 2, pole: -1, surface: 'lehnt … ab' }]);
  });

  it('does not take a particle from another clause', () => {
    expect(polar('de', 'Die Anwohner lehnen sich zurück. Sie fahren ab.')).toEqual([]);
  });

  it('skips taken tokens, stop words and words without polarity', () => {
    expect(polar('en', 'The council praised the plan.', new Set([2]))).toEqual([]);
    expect(polar('en', 'The council discussed the plan.')).toEqual([]);
  });

  it('ignores words below the least polarity', () => {
    const text = 'The council praised the plan.';
    const weak = { ...res, polarityOf: () => 0.2 };
    expect(polarWords(tokenize(text), text, 'en', weak, new Set())).toEqual([]);
  });

  it('never reads a name as an evaluation ("Unite, which …", capitals inside an English sentence)', () => {
    expect(polar('en', 'Unite, which praised the plan, stayed.').map((w) => w.surface)).toEqual(['praised']);
    expect(polar('en', 'The council asked Good Hope Trust.').map((w) => w.surface)).toEqual([]);
  });

  it('reads an excess ("viel zu knapp", "too expensive") as negative, but not an infinitive ("zu bauen")', () => {
    const excess = (lang: Lang, text: string) => excessWords(tokenize(text), lang, new Set()).map((w) => [w.surface, w.pole]);
    expect(excess('de', 'Die Personaldecke ist viel zu knapp.')).toEqual([['zu knapp', -1]]);
    expect(excess('de', 'Die Stadt tut zu wenig.')).toEqual([['zu wenig', -1]]);
    expect(excess('en', 'The fare is too expensive for families.')).toEqual([['too expensive', -1]]);
    expect(excess('de', 'Die Stadt plant, eine Wache zu bauen.')).toEqual([]);
  });
});

