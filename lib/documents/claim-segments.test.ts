import { describe, expect, it } from 'vitest';
import { buildParagraphs, splitParagraphs } from './claim-segments.ts';

const text = 'One two three.\n\nFour five six seven.';

describe('reader segments', () => {
  it('keeps paragraph offsets', () => {
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['One two three.', 'Four five six seven.']);
  });

  it('covers the text exactly and opens each claim once, even across paragraphs', () => {
    const paras = buildParagraphs(text, [{ id: 'a', start: 4, end: 20 }]);
    const pieces = paras.flatMap((p) => p.pieces);
    expect(pieces.map((x) => [text.slice(x.start, x.end), x.claimId, x.opensClaim])).toEqual([
      ['One ', null, false],
      ['two three.', 'a', true],
      ['Four', 'a', false],
      [' five six seven.', null, false],
    ]);
  });

  it('gives overlapping text to the shorter claim', () => {
    const [p] = buildParagraphs('abcdefghij', [{ id: 'long', start: 0, end: 10 }, { id: 'short', start: 3, end: 5 }]);
    expect(p.pieces.map((x) => [x.start, x.end, x.claimId])).toEqual([[0, 3, 'long'], [3, 5, 'short'], [5, 10, 'long']]);
  });
});
